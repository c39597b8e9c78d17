using System.Globalization;
using System.Text;

namespace AgendaFlow.Cli.Demo;

/// <summary>The demo committee's agenda and its approved referat, dated from today so the story is always current.</summary>
internal static class DemoDocuments
{
    public const string Committee = "demo";
    public const string Domain = "kommune.example";

    public static readonly (string Name, string Local)[] Members =
    [
        ("Anne Holm", "anne.holm"),
        ("Bo Berg", "bo.berg"),
        ("Carl Dahl", "carl.dahl"),
        ("Dorthe Eriksen", "dorthe.eriksen"),
        ("Erik Friis", "erik.friis"),
    ];

    public static readonly (string Name, string Local) StandIn = ("Lene Østergaard", "lene.ostergaard");

    public static string Address(string local) => $"{local}@{Domain}";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Agenda(DateOnly date)
    {
        var text = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Demoudvalget").AppendLine()
            .AppendLine($"Tid: {date.ToString("dddd 'den' d. MMMM yyyy", Danish)} kl. 13.00-15.00")
            .AppendLine("Sted: Rådhuset, mødelokale 2").AppendLine()
            .AppendLine("Deltagere:");
        foreach (var (name, local) in Members)
        {
            text.AppendLine($"{name}, {Address(local)}");
        }

        return text.AppendLine()
            .AppendLine("1. Godkendelse af dagsorden")
            .AppendLine("2. Budget 2027")
            .AppendLine("3. Eventuelt").ToString();
    }

    /// <param name="absent">Who sent afbud, with the stand-in who came in their place, if any.</param>
    public static string Referat(DateOnly date, string absent, string? standIn)
    {
        var attendance = standIn is null
            ? $"Alle var mødt, undtagen {absent}, der havde meldt afbud."
            : $"{absent} havde meldt afbud, og {standIn} deltog i stedet.";
        return new StringBuilder()
            .AppendLine("Referat").AppendLine("Demoudvalget").AppendLine("Godkendt: ja").AppendLine()
            .AppendLine($"Tid: {date.ToString("dddd 'den' d. MMMM yyyy", Danish)} kl. 13.00-15.00")
            .AppendLine("Sted: Rådhuset, mødelokale 2").AppendLine()
            .AppendLine(attendance).AppendLine()
            .AppendLine("1. Godkendelse af dagsorden").AppendLine().AppendLine("Beslutning: Dagsordenen blev godkendt.").AppendLine()
            .AppendLine("2. Budget 2027").AppendLine().AppendLine("Beslutning: Udvalget anbefaler budgettet.").AppendLine()
            .AppendLine("3. Eventuelt").AppendLine().AppendLine("Beslutning: Intet.").ToString();
    }
}
