using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using Ical.Net;
using MimeKit;

namespace AgendaFlow.Core.Tests.Invitations;

/// <summary>What a participant's mail program and calendar show of the invitation.</summary>
public sealed class InvitationForRealClientsTests
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://agendaflow.region.example"));
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example");

    private static readonly Meeting Meeting =
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Regionshuset", [Hanne], [new AgendaLine("1", "Godkendelse af dagsorden")]);

    private static MimeMessage Render(params InvitationAttachment[] attachments) =>
        InvitationMail.Render(new Invitation(Meeting, Hanne, new ReplyToken("abcdefghijklmnopqrst"), InvitationKind.Invitation, [], attachments),
            Settings, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("dagsorden.docx", "application/octet-stream", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("dagsorden.pdf", null, "application/pdf")]
    [InlineData("dagsorden.md", "application/octet-stream", "text/markdown")]
    [InlineData("dagsorden.docx", "application/msword", "application/msword")]
    public void An_attached_agenda_goes_out_with_its_real_content_type(string fileName, string? stored, string expected)
    {
        var message = Render(new InvitationAttachment(fileName, stored!, new byte[] { 1, 2, 3 }));

        Assert.Equal(expected, message.Attachments.OfType<MimePart>().Single().ContentType.MimeType);
    }

    [Fact]
    public void The_calendar_organiser_is_named_as_people_know_the_committee_not_by_its_folder()
    {
        var calendarPart = Render().BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar"));

        var organizer = Calendar.Load(calendarPart.Text)!.Events.Single().Organizer!;
        Assert.Equal("Sundhedsstyregruppen", organizer.CommonName);
    }

    [Fact]
    public void The_html_part_is_danish_hyphenated_and_sized_for_a_phone()
    {
        var html = Render().BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "html")).Text;

        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("hyphens:auto", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
    }
}
