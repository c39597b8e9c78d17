using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MimeKit;

namespace AgendaFlow.Load;

/// <summary>
/// Stores meetings as the app leaves them once they are done: the meeting, its agenda blob (and the watcher's
/// note of it), reply tokens, the invitations sent (outbox rows and blob), and the members' answers. Forty
/// committees meeting monthly, twenty members each; each committee on a day of its own.
/// </summary>
internal static class HistorySeed
{
    public const int Committees = 40;
    public const int Members = 20;

    public static string Committee(int c) => $"Udvalg {c + 1:00}";

    /// <summary>The meeting dates of every committee over the months from <paramref name="firstMonth"/> to <paramref name="lastMonth"/>, kept by <paramref name="keep"/>.</summary>
    public static IEnumerable<(int Committee, DateOnly Date)> Dates(DateOnly firstMonth, DateOnly lastMonth, Func<DateOnly, bool> keep)
    {
        for (var month = new DateOnly(firstMonth.Year, firstMonth.Month, 1); month <= lastMonth; month = month.AddMonths(1))
        {
            for (var c = 0; c < Committees; c++)
            {
                var date = month.AddDays(c % 28);
                if (keep(date))
                {
                    yield return (c, date);
                }
            }
        }
    }

    public static async Task StoreAsync(StorageClients clients, IReadOnlyList<(int Committee, DateOnly Date)> meetings, DateTimeOffset now)
    {
        await new StorageReady(clients).EnsureAsync(CancellationToken.None);
        var store = new MeetingStore(clients);
        var outbox = new Outbox(clients);
        var attendance = new AttendanceStore(clients);
        var watch = new AgendaWatchLedger(clients);
        var agendas = clients.Blobs.GetBlobContainerClient(Containers.Agendas);
        await Parallel.ForEachAsync(meetings, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (m, ct) =>
        {
            var meeting = Meeting(m.Committee, m.Date);
            var blobName = $"{Slug(m.Committee)}/{m.Date:yyyy-MM-dd}.md";
            var upload = await agendas.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(Agenda(meeting)), overwrite: true, ct);
            await watch.RememberAsync(blobName, AgendaStore.VersionTag(upload.Value.ETag), ct);
            await store.SaveRevisionAsync(meeting, $"seed-{meeting.Id}", blobName, ct);
            await store.TokensForAsync(meeting.Id, meeting.Participants, ct);
            var invitations = meeting.Participants.Select(p => ($"invitation.0.{p.Key}", Invitation(meeting, p))).ToList();
            var sent = await outbox.EnqueueForSendingAsync(meeting.Id.Value, invitations, now, ct);
            await outbox.MarkSentAsync(sent.Select(s => s.Entry).ToList(), now, ct);
            var answers = meeting.Participants.Take(Members - 3).Select((p, i) => new AttendanceAnswer(
                p.Key, i % 5 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Attending,
                MeetingTimes.StartOf(meeting).AddDays(-5), AnswerChannel.Link, $"seed-{meeting.Id}-{i}")).ToList();
            await attendance.AppendManyAsync(meeting.Id, answers, ct);
        });

        // The one-time index and outbox sweeps a new version makes: done here, so the runs measure the steady state.
        await store.ListBetweenAsync(DateOnly.FromDateTime(now.UtcDateTime), null, CancellationToken.None);
        await outbox.DueAsync(now, CancellationToken.None);
    }

    private static string Slug(int committee) => $"udvalg-{committee + 1:00}";

    private static Meeting Meeting(int committee, DateOnly date)
    {
        var name = Committee(committee);
        var members = Enumerable.Range(1, Members)
            .Select(i => new Invitee($"Medlem {i:00} af {name}", $"m{i:00}.u{committee + 1:00}@region.example", Role: i == 1 ? "formand" : "medlem"))
            .ToList();
        var items = Enumerable.Range(1, 8).Select(i => new AgendaLine(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Punkt {i} om sundhedsplanen")).ToList();
        return new Meeting(MeetingId.For(name, date), name, $"Møde i {name}", date, new TimeOnly(10, 0), new TimeOnly(12, 0), "Regionshuset, mødelokale 2", members, items);
    }

    private static string Agenda(Meeting meeting) =>
        $"# Dagsorden: {meeting.Title}\n\nDato: {meeting.Date:d. MMMM yyyy}\nTid: kl. 10.00-12.00\nSted: {meeting.Location}\n\nDeltagere:\n"
        + string.Join("\n", meeting.Participants.Select(p => $"- {p.Name} <{p.Email}>"))
        + "\n\n" + string.Join("\n", meeting.Items.Select(i => $"{i.Number}. {i.Title}")) + "\n";

    private static MimeMessage Invitation(Meeting meeting, Invitee participant)
    {
        var message = new MimeMessage { Subject = $"Indkaldelse: {meeting.Title}", MessageId = $"{meeting.Id}.{participant.Key}@region.example" };
        message.From.Add(new MailboxAddress("Sekretariatet", "dagsorden@region.example"));
        message.To.Add(new MailboxAddress(participant.Name, participant.Email!));
        message.Body = new TextPart("plain") { Text = $"Kære {participant.Name}\n\nDu er inviteret til {meeting.Title}.\n" };
        return message;
    }
}
