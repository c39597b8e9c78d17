using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using Ical.Net;
using MimeKit;

namespace AgendaFlow.Core.Tests.Invitations;

public sealed class InvitationMailTests
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://agendaflow.region.example"));
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly ReplyToken Token = new("abcdefghijklmnopqrst");
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example", "Direktør", "Region Syddanmark");

    private static Meeting Meeting(int revision = 0, string title = "Sundhedsstyregruppen", string? location = "Regionshuset, mødelokale 1") =>
        new(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", title, new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), location, [Hanne],
            [
                new AgendaLine("1", "Godkendelse af dagsorden", new TimeOnly(13, 0), new TimeOnly(13, 5), ["Formanden"]),
                new AgendaLine("2", "Status på sundhedsaftalen", new TimeOnly(13, 5), new TimeOnly(14, 0), ["Hanne Roed", "Ole Bach"]),
            ],
            revision);

    private static MimeMessage Render(Meeting meeting, InvitationKind kind = InvitationKind.Invitation, IReadOnlyList<string>? changes = null) =>
        InvitationMail.Render(new Invitation(meeting, Hanne, Token, kind, changes ?? [], []), Settings, Now);

    private static string PartText(MimeMessage message, string subtype) =>
        message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", subtype)).Text;

    [Fact]
    public void The_invitation_names_the_meeting_the_danish_way_in_subject_and_text()
    {
        var message = Render(Meeting());

        Assert.Equal("Indkaldelse: Sundhedsstyregruppen, 10. december 2026", message.Subject);
        var text = PartText(message, "plain");
        Assert.Contains("Kære Hanne Roed", text);
        Assert.Contains("Tid: torsdag den 10. december 2026 kl. 13.00–15.30", text);
        Assert.Contains("Sted: Regionshuset, mødelokale 1", text);
        Assert.Contains("2. Status på sundhedsaftalen (kl. 13.05–14.00) v/ Hanne Roed og Ole Bach", text);
    }

    [Fact]
    public void Replies_go_to_the_personal_plus_address_and_the_links_carry_the_token()
    {
        var message = Render(Meeting());

        Assert.Equal("dagsorden+abcdefghijklmnopqrst@region.example", message.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("dagsorden@region.example", message.From.Mailboxes.Single().Address);
        Assert.Contains("https://agendaflow.region.example/api/rsvp/abcdefghijklmnopqrst?svar=afbud", PartText(message, "plain"));
        Assert.Contains("https://agendaflow.region.example/api/rsvp/abcdefghijklmnopqrst?svar=stedfortraeder", PartText(message, "html"));
    }

    [Fact]
    public void The_message_id_is_the_same_for_a_resend_and_differs_per_revision_and_participant()
    {
        var first = Render(Meeting()).MessageId;

        Assert.Equal(first, Render(Meeting()).MessageId);
        Assert.NotEqual(first, Render(Meeting(revision: 1)).MessageId);
        var other = InvitationMail.Render(new Invitation(Meeting(), Hanne with { Email = "ole@kommune.example" }, Token, InvitationKind.Invitation, [], []), Settings, Now);
        Assert.NotEqual(first, other.MessageId);
        Assert.DoesNotContain("hanne", first);
    }

    [Fact]
    public void The_calendar_part_is_a_request_that_reads_back_to_the_same_meeting()
    {
        var message = Render(Meeting(revision: 2));

        var part = message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        var calendar = Calendar.Load(part.Text)!;
        var meeting = calendar.Events.Single();
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("sundhed-2026-12-10@region.example", meeting.Uid);
        Assert.Equal(2, meeting.Sequence);
        Assert.Equal("Europe/Copenhagen", meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 10, 12, 0, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 10, 14, 30, 0, DateTimeKind.Utc), meeting.DtEnd!.AsUtc);
        Assert.Equal("mailto:dagsorden@region.example", meeting.Organizer!.Value!.ToString());
        var attendee = meeting.Attendees.Single();
        Assert.Equal("mailto:hanne.roed@region.example", attendee.Value!.ToString());
        Assert.True(attendee.Rsvp);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/Copenhagen");
    }

    [Fact]
    public void A_summer_meeting_is_placed_in_summer_time()
    {
        var june = Meeting() with { Date = new DateOnly(2027, 6, 17) };

        var calendar = Calendar.Load(PartText(Render(june), "calendar"))!;

        Assert.Equal(new DateTime(2027, 6, 17, 11, 0, 0, DateTimeKind.Utc), calendar.Events.Single().DtStart!.AsUtc);
    }

    [Fact]
    public void A_meeting_without_a_time_is_an_all_day_entry()
    {
        var calendar = Calendar.Load(PartText(Render(Meeting() with { Start = null, End = null }), "calendar"))!;

        Assert.False(calendar.Events.Single().DtStart!.HasTime);
    }

    [Fact]
    public void A_cancellation_cancels_the_same_calendar_entry()
    {
        var cancelled = Meeting(revision: 3) with { IsCancelled = true };

        var message = Render(cancelled, InvitationKind.Cancellation);

        Assert.Equal("Aflyst: Sundhedsstyregruppen, 10. december 2026", message.Subject);
        Assert.Contains("Mødet i Sundhedsstyregruppen er aflyst.", PartText(message, "plain"));
        var calendar = Calendar.Load(PartText(message, "calendar"))!;
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", calendar.Events.Single().Status);
        Assert.Equal("sundhed-2026-12-10@region.example", calendar.Events.Single().Uid);
        Assert.Equal(3, calendar.Events.Single().Sequence);
    }

    [Fact]
    public void An_update_says_what_changed()
    {
        var before = Meeting();
        var after = Meeting(revision: 1, location: "Vejle Sygehus") with
        {
            Start = new TimeOnly(14, 0),
            Items = [.. before.Items.Take(1), new AgendaLine("3", "Eventuelt")],
        };

        var changes = MeetingChanges.Between(before, after);
        var text = PartText(Render(after, InvitationKind.Update, changes), "plain");

        Assert.Equal(
            [
                "Tidspunktet er ændret fra torsdag den 10. december 2026 kl. 13.00–15.30 til torsdag den 10. december 2026 kl. 14.00–15.30.",
                "Mødestedet er nu: Vejle Sygehus.",
                "Nyt punkt 3: Eventuelt.",
                "Punkt 2 (Status på sundhedsaftalen) er taget af dagsordenen.",
            ],
            changes);
        Assert.StartsWith("Opdateret dagsorden:", Render(after, InvitationKind.Update, changes).Subject);
        Assert.Contains("- Mødestedet er nu: Vejle Sygehus.", text);
    }

    [Fact]
    public void Text_from_the_agenda_is_html_encoded()
    {
        var hostile = Meeting(title: "Møde <script>alert('x')</script> & co") with
        {
            Items = [new AgendaLine("1", "<img src=x onerror=alert(1)>", Presenters: ["\"Bo\" <b>"])],
        };

        var html = PartText(Render(hostile), "html");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("Møde &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void Attachments_travel_beside_the_text_html_and_calendar_alternatives()
    {
        var agenda = new InvitationAttachment("dagsorden.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 80, 75, 3, 4 });

        var message = InvitationMail.Render(new Invitation(Meeting(), Hanne, Token, InvitationKind.Invitation, [], [agenda]), Settings, Now);

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("mixed", mixed.ContentType.MediaSubtype);
        Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal("dagsorden.docx", message.Attachments.OfType<MimePart>().Single().FileName);
    }

    [Fact]
    public void A_reply_token_is_twenty_characters_of_lower_case_base32_and_never_repeats()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => ReplyToken.New().Value).ToList();

        Assert.All(tokens, t => Assert.Matches("^[a-z2-7]{20}$", t));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.True(ReplyToken.TryParse("ABCDEFGHIJKLMNOPQRST", out var parsed));
        Assert.Equal("abcdefghijklmnopqrst", parsed.Value);
        Assert.False(ReplyToken.TryParse("abc", out _));
        Assert.False(ReplyToken.TryParse("abcdefghijklmnopqrs1", out _));
    }

    [Fact]
    public void Links_keep_a_path_prefix_in_the_public_base_url()
    {
        var settings = Settings with { PublicBaseUrl = new Uri("https://www.region.example/agendaflow/") };

        Assert.Equal("https://www.region.example/agendaflow/api/rsvp/abcdefghijklmnopqrst?svar=deltager", settings.RsvpLink(Token, "deltager").AbsoluteUri);
    }
}
