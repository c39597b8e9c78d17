using System.Text.Json;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;
using MimeKit;

namespace AgendaFlow.Core.Tests.Invitations;

/// <summary>The agenda's break shows in the invitation where it falls, so the gap in the times is explained.</summary>
public sealed class InvitationBreakTests
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://agendaflow.region.example"));
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example");

    private static Meeting Meeting(params AgendaBreak[] breaks) =>
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Regionshuset", [Hanne],
            [
                new AgendaLine("1", "Godkendelse af dagsorden", new(13, 0), new(13, 5)),
                new AgendaLine("2", "Sundhedsaftaleimplementeringsplanen", new(13, 5), new(14, 20)),
                new AgendaLine("3", "Økonomi", new(14, 30), new(15, 20)),
                new AgendaLine("4", "Eventuelt", new(15, 20), new(15, 30)),
            ])
        { Breaks = breaks };

    private static (string Plain, string Html) Parts(Meeting meeting)
    {
        var message = InvitationMail.Render(new Invitation(meeting, Hanne, new ReplyToken("abcdefghijklmnopqrst"), InvitationKind.Invitation, [], []),
            Settings, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var parts = message.BodyParts.OfType<TextPart>().ToList();
        return (parts.Single(p => p.ContentType.IsMimeType("text", "plain")).Text, parts.Single(p => p.ContentType.IsMimeType("text", "html")).Text);
    }

    [Fact]
    public void The_break_is_listed_between_the_items_it_falls_between_in_both_parts_and_without_a_number()
    {
        var (plain, html) = Parts(Meeting(new AgendaBreak("Pause", new(14, 20), new(14, 30), "2")));

        var lines = plain.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var item2 = lines.FindIndex(l => l.StartsWith("2. ", StringComparison.Ordinal));
        Assert.Equal("   Pause (kl. 14.20–14.30)", lines[item2 + 1]);
        Assert.StartsWith("3. Økonomi", lines[item2 + 2], StringComparison.Ordinal);

        var row = "<tr class=\"pause\"><td></td><td>Pause <span class=\"detaljer\">kl. 14.20–14.30</span></td></tr>";
        Assert.Contains(row, html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Sundhedsaftaleimplementeringsplanen", StringComparison.Ordinal) < html.IndexOf(row, StringComparison.Ordinal));
        Assert.True(html.IndexOf(row, StringComparison.Ordinal) < html.IndexOf("<td>3</td>", StringComparison.Ordinal));
        Assert.Contains("tr.pause td{", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_break_title_from_the_document_is_html_encoded()
    {
        var (_, html) = Parts(Meeting(new AgendaBreak("Pause <script>alert(1)</script> & kaffe", new(14, 20), new(14, 30), "2")));

        Assert.Contains("<td>Pause &lt;script&gt;alert(1)&lt;/script&gt; &amp; kaffe <span", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_break_whose_item_the_chair_removed_goes_where_its_time_puts_it()
    {
        var meeting = Meeting(new AgendaBreak("Frokost", new(14, 20), new(14, 30), "9"));

        var order = AgendaProgramme.Of(meeting).Select(l => l switch
        {
            ProgrammeLine.Item i => i.Line.Number,
            ProgrammeLine.Break b => b.Pause.Title,
            _ => "?",
        });

        Assert.Equal(["1", "2", "Frokost", "3", "4"], order);
    }

    [Fact]
    public void An_uploaded_agenda_with_a_break_gives_an_invitation_that_shows_it()
    {
        var agenda = """
            Dagsorden
            Sundhedsstyregruppen

            Tid: Torsdag den 10. december 2026 kl. 13.00-15.30
            Sted: Regionshuset

            Deltagere:
            Hanne Roed, hanne.roed@region.example

            1. Godkendelse af dagsorden (kl. 13.00-13.05)
            2. Status (kl. 13.05-14.20)

            FROKOSTPAUSE (kl. 14.20-14.30)

            3. Eventuelt (kl. 14.30-15.30)
            """;
        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(agenda), "dagsorden.txt")).Document;
        var (meeting, _) = MeetingFromAgenda.Map(document, "sundhed", Roster.Empty);

        var (plain, html) = Parts(meeting!);

        Assert.Equal(["1", "2", "3"], meeting!.Items.Select(i => i.Number));
        Assert.Contains("   Frokostpause (kl. 14.20–14.30)", plain, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"pause\"><td></td><td>Frokostpause <span", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_stored_before_breaks_were_kept_still_reads_and_invites_without_a_break()
    {
        // As the meeting table holds it: System.Text.Json with web defaults, written before the Breaks property existed.
        var stored = """
            {"id":{"value":"sundhed-2026-12-10"},"committee":"sundhed","title":"Sundhedsstyregruppen","date":"2026-12-10",
             "start":"13:00:00","end":"15:30:00","location":"Regionshuset",
             "participants":[{"name":"Hanne Roed","email":"hanne.roed@region.example"}],
             "items":[{"number":"1","title":"Godkendelse af dagsorden","start":null,"end":null,"presenters":[]}],
             "revision":0,"isCancelled":false,"absentInAdvance":[]}
            """;

        var meeting = JsonSerializer.Deserialize<Meeting>(stored, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var (plain, html) = Parts(meeting);

        Assert.Empty(meeting.Breaks);
        Assert.Contains("1. Godkendelse af dagsorden", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pause\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_with_a_break_keeps_it_through_storage()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var meeting = Meeting(new AgendaBreak("Pause", new(14, 20), new(14, 30), "2"));

        var read = JsonSerializer.Deserialize<Meeting>(JsonSerializer.Serialize(meeting, options), options)!;

        Assert.Equal(meeting.Breaks, read.Breaks);
    }
}
