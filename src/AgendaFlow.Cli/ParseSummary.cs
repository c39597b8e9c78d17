using System.Globalization;
using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Cli;

/// <summary>The short Danish summary `parse` prints without --json.</summary>
internal static class ParseSummary
{
    public static string Write(AgendaDocument d)
    {
        var culture = CultureInfo.GetCultureInfo("da-DK");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{(d.Kind == DocumentKind.Minutes ? "Referat" : "Dagsorden")}: {d.Title}");
        var when = d.Date is { } date ? date.ToString("dddd 'd.' d. MMMM yyyy", culture) : "dato ukendt";
        var time = d.Start is { } s ? $" kl. {s:HH\\.mm}" + (d.End is { } e ? $"-{e:HH\\.mm}" : string.Empty) : string.Empty;
        sb.AppendLine(CultureInfo.InvariantCulture, $"Tid: {when}{time}");
        if (d.Location is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Sted: {d.Location}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"Deltagere: {d.Participants.Count}, gæster: {d.Guests.Count}, afbud: {d.Absent.Count}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Punkter ({d.Items.Count}):");
        foreach (var item in d.Items)
        {
            var itemTime = item.Start is { } st ? $" (kl. {st:HH\\.mm}" + (item.End is { } en ? $"-{en:HH\\.mm})" : ")") : string.Empty;
            var by = item.Presenters.Count > 0 ? " v/" + string.Join(", ", item.Presenters) : string.Empty;
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {item.Number}. {item.Title}{itemTime}{by}");
        }

        return sb.ToString().TrimEnd();
    }
}
