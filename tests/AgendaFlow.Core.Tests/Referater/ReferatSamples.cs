using System.Text;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Referater;

namespace AgendaFlow.Core.Tests.Referater;

/// <summary>A meeting, its agenda and its answers, built in code so each test shows what it is about.</summary>
internal static class ReferatSamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 16, 7, 0, 0, TimeSpan.Zero);

    public static readonly ReferatSite Site = new(new Uri("https://region.example/referater/"));

    public static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example", Organisation: "Region Syddanmark", Role: "formand");
    public static readonly Invitee Steen = new("Steen Jakobsen", "steen.jakobsen@kommune.example");
    public static readonly Invitee Mette = new("Mette Kjær", "mette.kjaer@kommune.example");
    public static readonly Invitee Ole = new("Ole Bach", "ole.bach@praksis.example");
    public static readonly Invitee Peter = new("Peter Borup Sørensen", "pbs@kommune.example");
    public static readonly Invitee Lars = new("Lars Lund", "lars.lund@kommune.example");

    public const string AgendaText =
        """
        Dagsorden til Sundhedsstyregruppen

        Tidspunkt: Torsdag den 10. december 2026 kl. 13.00-15.30
        Sted: Mødelokale 1, Regionshuset
        Formand: Hanne Roed
        Deltagere: Hanne Roed, Steen Jakobsen, Mette Kjær, Ole Bach og Peter Borup Sørensen

        1. Godkendelse af dagsorden

        Indstilling:
        At dagsordenen godkendes.

        2. Fælles akutfunktion

        Sagsfremstilling:
        Kommunerne og regionen har drøftet en fælles akutfunktion.

        Indstilling:
        At styregruppen godkender kommissoriet.
        At styregruppen udpeger to medlemmer.

        3. Eventuelt
        """;

    public static AgendaDocument Parse(string text, string fileName = "referat.md") =>
        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName)).Document;

    public static AgendaDocument Agenda() => Parse(AgendaText, "dagsorden.txt");

    public static Meeting Meeting()
    {
        var agenda = Agenda();
        return new Meeting(
            MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Mødelokale 1, Regionshuset", [Hanne, Steen, Mette, Ole, Peter],
            agenda.Items.Select(i => new AgendaLine(i.Number, i.Title)).ToList());
    }

    public static AttendanceOverview Attendance(Meeting meeting) => AttendanceOverview.Of(meeting, [
        Answer(Hanne, AttendanceStatus.Attending),
        Answer(Steen, AttendanceStatus.Absent),
        Answer(Mette, AttendanceStatus.Substitute, Lars),
        Answer(Ole, AttendanceStatus.Attending),
    ]);

    private static AttendanceAnswer Answer(Invitee who, AttendanceStatus status, Invitee? standIn = null) =>
        new(who.Key, status, Now.AddDays(-10), AnswerChannel.Email, $"<{who.Key}@mail>", standIn);

    /// <summary>Minutes with a closed item and whatever items a test adds.</summary>
    public static string Minutes(string items = "", string extraHeader = "") =>
        $"""
        # Referat af Sundhedsstyregruppen

        Tidspunkt: torsdag den 10. december 2026 kl. 13.00–15.30
        Sted: Mødelokale 1, Regionshuset
        Mødeleder: Hanne Roed
        Referent: Ole Bach
        {extraHeader}

        Deltagere:
        Hanne Roed, Region Syddanmark (formand)
        Peter Borup Sørensen

        Afbud:
        Steen Jakobsen
        Mette Kjær (stedfortræder: Lars Lund)

        Bo Kold udeblev uden afbud.

        ## Dagsorden

        ### 1. Godkendelse af dagsorden

        Beslutning:

        Dagsordenen blev godkendt.

        ### 2. Personalesag (lukket punkt)

        Sagsfremstilling:

        HEMMELIG-SAGSFREMSTILLING om medarbejder Jens Hemmelig.

        Beslutning:

        HEMMELIG-BESLUTNING: afskedigelse.

        {items}
        """;

    public static PublishedReferat Published(string markdown, DateTimeOffset? corrected = null) =>
        PublishedReferat.From(Parse(markdown), "sundhed", Now, corrected, "Sundhedsstyregruppen");
}
