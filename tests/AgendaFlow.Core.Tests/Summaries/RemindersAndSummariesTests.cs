using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Core.Summaries;
using MimeKit;

namespace AgendaFlow.Core.Tests.Summaries;

public sealed class RemindersAndSummariesTests
{
    private static readonly Invitee Anne = new("Anne Andersen", "anne@kommune.example", Organisation: "Vejle Kommune");
    private static readonly Invitee Bo = new("Bo Bech", "bo@kommune.example");
    private static readonly Invitee Carl = new("Carl Clausen", "carl@kommune.example");
    private static readonly Invitee Dorthe = new("Dorthe Dam", null);

    private static Meeting MeetingOn(DateOnly date, TimeOnly? start = null) =>
        new(MeetingId.For("test", date), "test", "Følgegruppen", date, start ?? new TimeOnly(10, 0), null, null, [Anne, Bo, Carl, Dorthe], []);

    private static AttendanceAnswer Answer(Invitee who, AttendanceStatus status) =>
        new(who.Key, status, new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero), AnswerChannel.Email, Guid.NewGuid().ToString());

    [Fact]
    public void Three_days_before_a_meeting_after_the_spring_switch_is_the_same_wall_clock_time_not_72_hours()
    {
        // Monday 30 March 2026 10:00 summer time; Friday 27 March 10:00 was still winter time (09:00 UTC).
        var meeting = MeetingOn(new DateOnly(2026, 3, 30));

        Assert.Equal(new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero), MeetingTimes.DaysBefore(meeting, 3).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), MeetingTimes.StartOf(meeting).ToUniversalTime());
    }

    [Fact]
    public void Three_days_before_a_meeting_after_the_autumn_switch_is_the_same_wall_clock_time_not_72_hours()
    {
        // Tuesday 27 October 2026 10:00 winter time (09:00 UTC); Saturday 24 October 10:00 was summer time (08:00 UTC).
        var meeting = MeetingOn(new DateOnly(2026, 10, 27));

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero), MeetingTimes.DaysBefore(meeting, 3).ToUniversalTime());
    }

    [Fact]
    public void A_wall_clock_time_skipped_in_spring_is_taken_an_hour_later_and_a_repeated_one_the_first_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), CopenhagenTime.At(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), CopenhagenTime.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)).ToUniversalTime());
    }

    [Fact]
    public void Reminders_go_only_to_those_with_an_address_who_have_not_answered_once_the_stage_has_come()
    {
        var meeting = MeetingOn(new DateOnly(2026, 3, 30));
        var overview = AttendanceOverview.Of(meeting, [Answer(Anne, AttendanceStatus.Absent), Answer(Bo, AttendanceStatus.Undeliverable)]);

        var before = ReminderPlan.Due(overview, [3], new DateTimeOffset(2026, 3, 27, 8, 59, 0, TimeSpan.Zero));
        var at = ReminderPlan.Due(overview, [3], new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero));

        Assert.Empty(before);
        Assert.Equal([Carl], at.Select(r => r.Participant));
        Assert.Equal(3, at.Single().DaysBefore);
    }

    [Fact]
    public void After_the_start_or_for_a_cancelled_meeting_nobody_is_reminded()
    {
        var meeting = MeetingOn(new DateOnly(2026, 3, 30));
        var afterStart = new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero);

        Assert.Empty(ReminderPlan.Due(AttendanceOverview.Of(meeting, []), [3], afterStart));
        Assert.Empty(ReminderPlan.Due(AttendanceOverview.Of(meeting with { IsCancelled = true }, []), [3], afterStart.AddDays(-1)));
    }

    [Fact]
    public void When_several_stages_have_passed_only_the_latest_is_sent_and_each_stage_has_its_own_key()
    {
        var meeting = MeetingOn(new DateOnly(2026, 3, 30));
        var twoDaysBefore = new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero);

        var due = ReminderPlan.Due(AttendanceOverview.Of(meeting, []), [7, 3], twoDaysBefore);
        var earlier = ReminderPlan.Due(AttendanceOverview.Of(meeting, []), [7, 3], twoDaysBefore.AddDays(-3));

        Assert.All(due, r => Assert.Equal(3, r.DaysBefore));
        Assert.All(earlier, r => Assert.Equal(7, r.DaysBefore));
        Assert.NotEqual(due[0].Key, earlier[0].Key);
    }

    [Fact]
    public void The_summary_counts_every_state_says_whether_it_is_quorate_and_says_who_is_expected_without_the_referat_sentence()
    {
        var meeting = MeetingOn(new DateOnly(2026, 3, 30));
        var overview = AttendanceOverview.Of(meeting, [
            Answer(Anne, AttendanceStatus.Absent),
            Answer(Bo, AttendanceStatus.Attending),
            Answer(Dorthe, AttendanceStatus.Attending),
        ]);
        var settings = new MailSettings("dagsorden@region.example", new Uri("https://agendaflow.example"));

        var mail = AttendanceSummaryMail.Render(overview, new HashSet<string> { Anne.Key }, isFinal: false, "sekretariat@region.example", settings, DateTimeOffset.UnixEpoch);

        Assert.Equal("Fremmøde: Følgegruppen, 30. marts 2026", mail.Subject);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        var text = mail.TextBody;
        Assert.Contains("Pladser: 4. Forventet til stede: 2. Deltager: 2. Deltager delvis: 0. Stedfortræder: 0. Afbud: 1. Måske: 0. Ikke svaret: 1. Venter på manuel behandling: 0.", text);
        Assert.Contains("Endnu ikke beslutningsdygtigt efter svarene indtil nu: 2 af 4 pladser forventes besat", text);
        Assert.Contains("Nyt siden sidste oversigt:\r\n- Anne Andersen: Afbud".Replace("\r\n", Environment.NewLine), text);
        Assert.Contains("- Har meldt afbud: Anne Andersen.", text);
        Assert.Contains("- Har ikke svaret: Carl Clausen.", text);
        Assert.DoesNotContain("Alle var mødt", text);
        var csv = mail.Attachments.OfType<MimePart>().Single();
        Assert.Equal("fremmoede-test-2026-03-30.csv", csv.FileName);
        Assert.Contains("<strong>Anne Andersen</strong> (nyt)", mail.HtmlBody);
    }

    [Fact]
    public void A_name_that_looks_like_a_formula_stays_text_in_the_csv()
    {
        var meeting = MeetingOn(new DateOnly(2026, 3, 30)) with { Participants = [new Invitee("=HYPERLINK(\"http://x\";\"klik\")", "x@y.example")] };

        var csv = AttendanceCsv.Write(AttendanceOverview.Of(meeting, []));

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"", csv);
        Assert.StartsWith("Navn;Organisation;E-mail;Status;Stedfortræder;Svaret\r\n", csv);
    }

    [Fact]
    public void A_reminder_has_the_answer_links_but_no_calendar_part()
    {
        var meeting = MeetingOn(new DateOnly(2026, 3, 30));
        var settings = new MailSettings("dagsorden@region.example", new Uri("https://agendaflow.example"));

        var mail = InvitationMail.Render(new Invitation(meeting, Carl, new ReplyToken("abcdefghijklmnopqrst"), InvitationKind.Reminder, [], []), settings, DateTimeOffset.UnixEpoch);

        Assert.Equal("Påmindelse: Følgegruppen, 30. marts 2026", mail.Subject);
        Assert.Contains("Vi mangler dit svar", mail.TextBody);
        Assert.DoesNotContain(mail.BodyParts, p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.True(Invitation.TryParseMessageId(mail.MessageId, out var id, out _));
        Assert.Equal(meeting.Id, id);
    }
}
