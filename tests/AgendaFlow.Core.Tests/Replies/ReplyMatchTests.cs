using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Which meeting and participant a reply answers, decided from its keys alone.</summary>
public sealed class ReplyMatchTests
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://region.example/"));
    private static readonly Invitee Anne = new("Anne Andersen", "anne@kommune.example");
    private static readonly Invitee Bo = new("Bo Bech", "bo@kommune.example");
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

    private static Meeting MeetingOf(string committee, DateOnly date, TimeOnly? start = null, TimeOnly? end = null) =>
        new(MeetingId.For(committee, date), committee, "Følgegruppen", date, start ?? new TimeOnly(13, 0), end ?? new TimeOnly(15, 0), null, [Anne, Bo], []);

    private static readonly Meeting Coming = MeetingOf("sundhed", new DateOnly(2026, 12, 17));

    private static string InvitationTo(Meeting meeting, Invitee invitee) =>
        new Invitation(meeting, invitee, ReplyToken.New(), InvitationKind.Invitation, [], []).MessageId(Settings);

    private static ReplyInterpretation Reply(
        string? from, string? inReplyTo = null, IReadOnlyList<string>? references = null, string? calendarUid = null, string? plusToken = null,
        ReplyIntent intent = ReplyIntent.Attending, DeliveryFailure? failure = null) =>
        new(intent, null, null, null, null, failure, new ReplyKeys(plusToken, inReplyTo, references ?? [], calendarUid, from, "svar.1@kommune.example"));

    [Fact]
    public void A_reply_to_an_invitation_is_matched_to_that_meeting_and_the_participant_it_went_to()
    {
        var match = ReplyMatch.For(Reply(Anne.Email, inReplyTo: InvitationTo(Coming, Anne)), Settings.Domain);

        Assert.Equal(Coming.Id, match.Meeting);
        Assert.Equal(Anne, match.ParticipantIn(Coming));
    }

    [Fact]
    public void A_forwarded_invitation_answered_by_another_participant_or_an_outsider_matches_nobody()
    {
        var toAnne = InvitationTo(Coming, Anne);

        Assert.Null(ReplyMatch.For(Reply(Bo.Email, inReplyTo: toAnne), Settings.Domain).ParticipantIn(Coming));
        Assert.Null(ReplyMatch.For(Reply("kollega@kommune.example", inReplyTo: toAnne), Settings.Domain).ParticipantIn(Coming));
    }

    [Fact]
    public void When_the_reply_answers_another_systems_mail_the_newest_of_our_invitations_in_the_references_counts()
    {
        var earlier = MeetingOf("sundhed", new DateOnly(2026, 11, 5));
        var references = new[] { InvitationTo(earlier, Anne), InvitationTo(Coming, Anne), "intern.42@kommune.example" };

        var match = ReplyMatch.For(Reply(Anne.Email, inReplyTo: "intern.43@kommune.example", references: references), Settings.Domain);

        Assert.Equal(Coming.Id, match.Meeting);
    }

    [Fact]
    public void A_bounce_is_matched_by_the_address_that_failed_not_by_the_mailer_daemon_that_sent_it()
    {
        var failure = new DeliveryFailure(Anne.Email, "5.1.1", "smtp; 550 User unknown", InvitationTo(Coming, Anne));

        var match = ReplyMatch.For(Reply("mailer-daemon@kommune.example", intent: ReplyIntent.Undeliverable, failure: failure), Settings.Domain);

        Assert.Equal(Coming.Id, match.Meeting);
        Assert.Equal(Anne, match.ParticipantIn(Coming));
    }

    [Fact]
    public void A_calendar_reply_is_matched_by_its_UID_only_when_AgendaFlow_made_the_UID()
    {
        var ours = ReplyMatch.For(Reply(Bo.Email, calendarUid: CalendarInvite.Uid(Coming, Settings)), Settings.Domain);
        var theirs = ReplyMatch.For(Reply(Bo.Email, calendarUid: $"{Coming.Id.Value}@andet.example"), Settings.Domain);

        Assert.Equal(Coming.Id, ours.Meeting);
        Assert.Equal(Bo, ours.ParticipantIn(Coming));
        Assert.Null(theirs.Meeting);
    }

    [Fact]
    public void A_personal_token_counts_only_in_the_form_AgendaFlow_makes_them()
    {
        var token = ReplyToken.New();

        Assert.Equal(token, ReplyMatch.For(Reply(Anne.Email, plusToken: token.Value), Settings.Domain).Token);
        Assert.Null(ReplyMatch.For(Reply(Anne.Email, plusToken: "kontor"), Settings.Domain).Token);
        Assert.Equal(Anne, ReplyMatch.TokenOwner(Coming, "ANNE@kommune.example"));
    }

    [Fact]
    public void By_sender_alone_a_participant_of_exactly_one_meeting_not_yet_over_is_matched()
    {
        // Earlier today, 07:00-09:00 Copenhagen time: over at 08:00 UTC.
        var endedThisMorning = MeetingOf("klynge", new DateOnly(2026, 12, 10), new TimeOnly(7, 0), new TimeOnly(9, 0));
        var match = ReplyMatch.For(Reply(Anne.Email), Settings.Domain);

        var found = match.AmongComing([endedThisMorning, Coming], Now);

        Assert.Null(match.Meeting);
        Assert.Equal(Coming, found?.Meeting);
        Assert.Equal(Anne, found?.Participant);
    }

    [Fact]
    public void By_sender_alone_two_coming_meetings_or_none_match_nothing()
    {
        var another = MeetingOf("klynge", new DateOnly(2026, 12, 18));
        var match = ReplyMatch.For(Reply(Anne.Email), Settings.Domain);

        Assert.Null(match.AmongComing([Coming, another], Now));
        Assert.Null(ReplyMatch.For(Reply("ukendt@kommune.example"), Settings.Domain).AmongComing([Coming], Now));
    }

    [Theory]
    [InlineData(ReplyIntent.Unclear)]
    [InlineData(ReplyIntent.AutoReply)]
    public void An_unclear_or_automatic_reply_records_no_answer(ReplyIntent intent) =>
        Assert.Null(ReplyAnswer.StatusOf(intent));

    [Fact]
    public void Every_other_intent_records_the_answer_of_the_same_meaning()
    {
        Assert.Equal(Core.Attendance.AttendanceStatus.Absent, ReplyAnswer.StatusOf(ReplyIntent.Absent));
        Assert.Equal(Core.Attendance.AttendanceStatus.Substitute, ReplyAnswer.StatusOf(ReplyIntent.Substitute));
        Assert.Equal(Core.Attendance.AttendanceStatus.Undeliverable, ReplyAnswer.StatusOf(ReplyIntent.Undeliverable));
        Assert.All(
            [ReplyIntent.Attending, ReplyIntent.Partial, ReplyIntent.Tentative],
            intent => Assert.Equal(intent.ToString(), ReplyAnswer.StatusOf(intent).ToString()));
    }
}
