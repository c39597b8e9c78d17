using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using Azure.Storage.Blobs;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// One meeting from agenda to referat draft, as a secretariat lives it: six seats, Ole Brandt's afbud in the agenda,
/// Ahmad sending Lene who confirms by mail, Birgitte answering by link, Carsten accepting in Outlook, Dorte away
/// (auto-reply), Eva writing something only a person can read. The summary mail, its CSV and the page must agree
/// with each other and with the count by hand, and the draft made after the meeting must say who came.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class AttendanceAgreementTests(Azurite azurite, MailServers mail)
{
    private const string Key = "sekretariatets-noegle";
    private const string Reason = "diskusprolaps";

    [Fact]
    public async Task The_summary_the_csv_and_the_page_agree_with_the_hand_count_and_the_draft_says_who_came()
    {
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        var secretariat = MailServers.NewAddress("sekretariat");
        var (ahmad, birgitte, carsten, dorte, eva) = (MailServers.NewAddress("ahmad"), MailServers.NewAddress("birgitte"),
            MailServers.NewAddress("carsten"), MailServers.NewAddress("dorte"), MailServers.NewAddress("eva"));
        var lene = MailServers.NewAddress("lene");
        var committee = $"pladser{Guid.NewGuid():N}"[..16];
        var (date, start) = await MeetingSoonAsync(TimeSpan.FromMinutes(4));
        var end = start.AddMinutes(1);
        await using var app = await MailApp.StartAsync(azurite, mail, agendaMailbox,
            ("AgendaFlow__SecretariatAddress", secretariat), ("AgendaFlow__SecretariatKey", Key),
            // The test runs every timer itself, at the moment the story needs it.
            ("AgendaFlow__Schedules__CollectReplies", "0 0 0 1 1 *"), ("AgendaFlow__Schedules__SendReminders", "0 0 0 1 1 *"),
            ("AgendaFlow__Schedules__SendAttendanceSummaries", "0 0 0 1 1 *"), ("AgendaFlow__Schedules__DraftReferater", "0 0 0 1 1 *"));
        var rosters = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("rosters");
        await rosters.CreateIfNotExistsAsync();
        await rosters.GetBlobClient($"{committee}.csv").UploadAsync(BinaryData.FromString(
            $"Udvalg;Styregruppen for pladser\nNavn;E-mail;Rolle\nAhmad Rahimi;{ahmad};formand\nBirgitte Holm;{birgitte};\n\"Lund; Carsten\";{carsten};\n" +
            $"Dorte Krog;{dorte};\nEva Nielsen;{eva};\nOle Brandt;;\nKarin Sekretær;{secretariat};sekretariat\nJensen; Anne;anne.jensen@kommune.example;\n"));
        var agenda = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Styregruppen for pladser").AppendLine()
            .AppendLine($"Tid: {DanishText.LongDate(date)} kl. {DanishText.Time(start)}-{DanishText.Time(end)}").AppendLine("Sted: Mødelokale 2").AppendLine()
            .AppendLine("Deltagere:")
            .AppendLine($"Ahmad Rahimi, {ahmad}").AppendLine($"Birgitte Holm, {birgitte}").AppendLine($"Carsten Lund, {carsten}")
            .AppendLine($"Dorte Krog, {dorte}").AppendLine($"Eva Nielsen, {eva}").AppendLine()
            .AppendLine("Afbud:").AppendLine("Ole Brandt").AppendLine()
            .AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt");
        await new StorageProbe(azurite).UploadAgendaAsync($"{committee}/dagsorden.txt", agenda.ToString());
        var invitations = new Dictionary<string, MimeMessage>();
        foreach (var address in new[] { ahmad, birgitte, carsten, dorte, eva })
        {
            invitations[address] = (await mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(90))).Single();
        }

        // Ahmad names Lene (with a reason that must go nowhere); Carsten accepts in Outlook; Dorte is away; Eva asks a question.
        await mail.SendAsync(Reply(invitations[ahmad], ahmad, $"Jeg er desværre sygemeldt med en {Reason}, så jeg melder afbud. Min stedfortræder er Lene Østergaard, {lene}."));
        await mail.SendAsync(OutlookAccept(invitations[carsten], carsten));
        var away = Reply(invitations[dorte], dorte, "Jeg er på kursus og læser ikke mail før mandag.");
        away.Subject = "Automatisk svar: " + invitations[dorte].Subject;
        away.Headers.Add("Auto-Submitted", "auto-replied");
        await mail.SendAsync(away);
        await mail.SendAsync(Reply(invitations[eva], eva, "Hvor ligger mødelokale 2 henne i huset?"));
        // Birgitte presses the button in her invitation.
        var link = RsvpLink().Match(invitations[birgitte].TextBody!).Value;
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync(new Uri(link).PathAndQuery, new FormUrlEncodedContent([new("svar", "deltager")]))).StatusCode);
        await mail.WaitForMessagesAsync(agendaMailbox, 4, TimeSpan.FromSeconds(30));
        await RunAsync(app, "CollectReplies");

        // Lene is told whom she replaces, Ahmad that she was invited; she confirms by mail.
        var leneInvitation = (await mail.WaitForMessagesAsync(lene, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.Contains("Du er inviteret som stedfortræder for Ahmad Rahimi", leneInvitation.TextBody);
        var ahmadMail = await mail.WaitForMessagesAsync(ahmad, 3, TimeSpan.FromSeconds(60));
        Assert.Contains(ahmadMail, m => m.Subject!.StartsWith("Stedfortræder inviteret:", StringComparison.Ordinal) && m.TextBody!.Contains("Lene Østergaard har fået en invitation"));
        var leneLink = RsvpLink().Match(leneInvitation.TextBody!).Value;
        var leneAnswerPage = await app.Client.GetStringAsync(new Uri(leneLink).PathAndQuery);
        Assert.Contains("Du er inviteret som stedfortræder for Ahmad Rahimi", leneAnswerPage);
        await mail.SendAsync(Reply(leneInvitation, lene, "Jeg kommer gerne."));
        await mail.WaitForMessagesAsync(agendaMailbox, 1, TimeSpan.FromSeconds(30));
        await RunAsync(app, "CollectReplies");

        await RunAsync(app, "SendAttendanceSummaries");
        var secretariatMail = await mail.WaitForMessagesAsync(secretariat, 1, TimeSpan.FromSeconds(60));
        // Other tests' meetings share this Azurite and name no secretariat of their own, so their summaries come here too.
        var summaries = secretariatMail.Where(m => m.Subject!.StartsWith("Fremmøde: Styregruppen for pladser", StringComparison.Ordinal)).ToList();
        Assert.True(summaries.Count == 1, "The secretariat got: " + string.Join("; ", secretariatMail.Select(m => $"{m.Subject} <{m.MessageId}> {m.Date:O}")));
        var summary = summaries[0];
        var csvPart = summary.Attachments.OfType<MimePart>().Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal));
        using var csvReader = new StreamReader(csvPart.Content!.Open());
        var csv = await csvReader.ReadToEndAsync();
        var meetingId = MeetingId.For(committee, date).Value;
        var page = await app.Client.GetStringAsync($"/api/oversigt/{meetingId}?noegle={Key}");

        // By hand: six seats (Ole's from the agenda's Afbud); Lene in Ahmad's, Birgitte and Carsten present; Dorte silent;
        // Eva waiting for a person; 3 of 6 is not more than half.
        var handCount = new Dictionary<string, int>
        {
            ["Pladser"] = 6, ["Forventet til stede"] = 3, ["Stedfortræder"] = 1, ["Afbud"] = 1, ["Ikke svaret"] = 1,
            ["Venter på manuel behandling"] = 1,
        };
        var fromMail = FiguresFromText(summary.TextBody!);
        var fromCsv = FiguresFromCsv(csv);
        var fromPage = FiguresFromPage(page);
        foreach (var (label, value) in handCount)
        {
            Assert.True(value == fromMail[label], $"{label}: {fromMail[label]} in the mail, {value} by hand\n{summary.TextBody}");
            Assert.Equal((label, value), (label, fromCsv[label]));
            Assert.Equal((label, value), (label, fromPage[label]));
        }

        Assert.Equal(fromMail, fromCsv);
        Assert.Equal(fromMail, fromPage);
        Assert.Contains("Endnu ikke beslutningsdygtigt efter svarene indtil nu: 3 af 6", summary.TextBody);
        Assert.Contains("Endnu ikke beslutningsdygtigt efter svarene indtil nu: 3 af 6", page);
        Assert.Contains("Beslutningsdygtig;nej", csv);
        Assert.Equal(6, csv.Split("\r\n").Skip(1).TakeWhile(l => l.Length > 0).Count());
        Assert.Contains("Lene Østergaard (har bekræftet)", csv);
        Assert.Contains("Ole Brandt;;;Afbud (i dagsordenen)", csv);
        Assert.Contains("Styregruppen for pladser", summary.TextBody);
        // The row with a separator in an unquoted name is named for the secretariat; the quoted one (Carsten's) is read.
        Assert.Contains("Række 10: ", summary.TextBody);
        Assert.DoesNotContain("Række 5: ", summary.TextBody);
        Assert.Contains($"Eva Nielsen &lt;{eva}&gt;", page);
        Assert.DoesNotContain("mødelokale 2 henne", page);
        Assert.DoesNotContain("Alle var mødt", summary.TextBody);
        Assert.DoesNotContain("Alle var mødt", page);

        // The secretariat reads Eva's mail and records her answer from the page, which closes the case.
        var caseId = CaseId().Match(page).Groups["id"].Value;
        var recorded = await app.Client.PostAsync($"/api/oversigt/{meetingId}?noegle={Key}", new FormUrlEncodedContent(
            [new("sag", caseId), new("deltager", eva), new("svar", "Attending"), new("af", "Karin Sekretær")]));
        var after = await recorded.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Contains("Svaret for Eva Nielsen er registreret, og sagen er lukket.", after);
        Assert.Equal(0, FiguresFromPage(after)["Venter på manuel behandling"]);
        Assert.Equal(4, FiguresFromPage(after)["Forventet til stede"]);
        Assert.Contains("Beslutningsdygtigt efter svarene indtil nu: 4 af 6", after);

        // After the meeting: the draft's attendance is the referat's own sentence, from the final state.
        await WaitUntilAsync(CopenhagenTime.At(date, end).AddSeconds(5));
        await RunAsync(app, "DraftReferater");
        var draftMail = await DraftForAsync(secretariat, "Udkast til referat: Styregruppen for pladser");
        var md = draftMail.Attachments.OfType<MimePart>().Single(a => a.FileName!.EndsWith(".md", StringComparison.Ordinal));
        using var mdReader = new StreamReader(md.Content!.Open());
        var draft = await mdReader.ReadToEndAsync();
        Assert.Contains("Alle var mødt, undtagen Ole Brandt, der havde meldt afbud. Ahmad Rahimi havde meldt afbud, og Lene Østergaard deltog i stedet.", draft);
        Assert.Contains("Dorte Krog udeblev uden afbud.", draft);
        Assert.DoesNotContain("bekræftede ikke selv", draft);

        foreach (var text in new[] { summary.TextBody!, summary.HtmlBody!, csv, page, after, draft })
        {
            Assert.DoesNotContain(Reason, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sygemeldt", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Today in Copenhagen, starting on a whole minute at least <paramref name="lead"/> from now (after midnight if need be).</summary>
    private static async Task<(DateOnly Date, TimeOnly Start)> MeetingSoonAsync(TimeSpan lead)
    {
        var local = CopenhagenTime.ToLocal(DateTimeOffset.UtcNow);
        if (local.TimeOfDay > new TimeSpan(23, 50, 0))
        {
            await Task.Delay(TimeSpan.FromDays(1) - local.TimeOfDay + TimeSpan.FromSeconds(5));
            local = CopenhagenTime.ToLocal(DateTimeOffset.UtcNow);
        }

        var at = local.Add(lead);
        return (DateOnly.FromDateTime(at.DateTime), new TimeOnly(at.Hour, at.Minute).AddMinutes(1));
    }

    private static async Task WaitUntilAsync(DateTimeOffset moment)
    {
        var wait = moment - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static Dictionary<string, int> FiguresFromText(string text) =>
        Figure().Matches(text.Split('\n').First(l => l.StartsWith("Pladser:", StringComparison.Ordinal)))
            .ToDictionary(m => m.Groups["label"].Value.Trim(), m => int.Parse(m.Groups["n"].Value));

    private static Dictionary<string, int> FiguresFromCsv(string csv) =>
        csv.Split("\r\n").SkipWhile(l => l.Length > 0).Skip(1).Where(l => l.Contains(';') && int.TryParse(l.Split(';')[1], out _))
            .ToDictionary(l => l.Split(';')[0], l => int.Parse(l.Split(';')[1]));

    private static Dictionary<string, int> FiguresFromPage(string html) =>
        PageFigure().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["label"].Value), m => int.Parse(m.Groups["n"].Value));

    private static MimeMessage Reply(MimeMessage invitation, string from, string text)
    {
        var reply = new MimeMessage { Subject = "SV: " + invitation.Subject, InReplyTo = invitation.MessageId, Date = DateTimeOffset.UtcNow };
        reply.References.Add(invitation.MessageId!);
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo);
        reply.Body = new TextPart("plain") { Text = text + "\n\nFra: AgendaFlow\nEmne: " + invitation.Subject + "\n\n" + invitation.TextBody };
        return reply;
    }

    /// <summary>What Outlook sends when the invitation is accepted: a calendar REPLY with the meeting's UID.</summary>
    private static MimeMessage OutlookAccept(MimeMessage invitation, string from)
    {
        var request = invitation.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar")).Text;
        var uid = Regex.Match(request, @"^UID:(.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        var reply = new MimeMessage { Subject = "Accepteret: " + invitation.Subject, Date = DateTimeOffset.UtcNow };
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo);
        var calendar = new TextPart("calendar")
        {
            Text = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" +
                   $"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{from}\r\nUID:{uid}\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        };
        calendar.ContentType.Parameters.Add("method", "REPLY");
        reply.Body = new MultipartAlternative { new TextPart("plain") { Text = "" }, calendar };
        return reply;
    }

    private static async Task RunAsync(RunningApp app, string function) =>
        Assert.Equal(HttpStatusCode.Accepted, (await app.Client.PostAsync($"/admin/functions/{function}", StandaloneModeTests.JsonContent("{}"))).StatusCode);

    [GeneratedRegex(@"https?://\S+/api/rsvp/\S+?svar=deltager")]
    private static partial Regex RsvpLink();

    [GeneratedRegex(@"(?<label>[^.:]+): (?<n>\d+)\.")]
    private static partial Regex Figure();

    [GeneratedRegex(@"<dt>(?<label>[^<]+)</dt><dd>(?<n>\d+)</dd>")]
    private static partial Regex PageFigure();

    [GeneratedRegex("name=\"sag\" value=\"(?<id>[0-9a-f]+)\"")]
    private static partial Regex CaseId();

    /// <summary>The draft for this test's meeting; other tests' meetings share Azurite, and their drafts may come here too.</summary>
    private async Task<MimeMessage> DraftForAsync(string secretariat, string subject)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var drafts = (await mail.WaitForMessagesAsync(secretariat, 1)).Where(m => m.Subject!.StartsWith(subject, StringComparison.Ordinal)).ToList();
            if (drafts.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(drafts);
            }

            await Task.Delay(250);
        }
    }
}
