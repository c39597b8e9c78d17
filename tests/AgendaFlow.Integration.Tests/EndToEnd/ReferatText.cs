using System.Text;
using AgendaFlow.Core.Danish;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>A referat as a secretariat writes one, in plain text: header, attendance, items with decisions.</summary>
internal static class ReferatText
{
    public static string Of(string committee, DateOnly date, bool approved)
    {
        var text = new StringBuilder().AppendLine("Referat").AppendLine($"Møde i {committee}").AppendLine();
        if (approved)
        {
            text.AppendLine("Godkendt: ja").AppendLine();
        }

        return text.AppendLine($"Tid: {DanishText.LongDate(date)} kl. 09.00-10.00").AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:").AppendLine("Anne Andersen").AppendLine("Bo Bech").AppendLine()
            .AppendLine("1. Budget").AppendLine("Beslutning: Budgettet blev godkendt.").AppendLine()
            .AppendLine("2. Eventuelt").AppendLine("Beslutning: Intet.").ToString();
    }
}
