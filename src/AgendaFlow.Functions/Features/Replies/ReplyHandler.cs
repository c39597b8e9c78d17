using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Replies;
using AgendaFlow.Core.Uploads;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Storage;
using MimeKit;

namespace AgendaFlow.Functions.Features.Replies;

/// <summary>What became of one mail from the agenda mailbox: understood and filed, or left for a person.</summary>
public enum ReplyOutcome
{
    Handled,
    ManualHandling,
}

/// <summary>
/// Turns one participant's mail into attendance: finds the meeting and participant it answers (<see cref="ReplyMatch"/>), records the
/// answer in the history, invites a named stand-in, and confirms to the participant. Each step is keyed by the
/// mail's Message-Id, so handling the same mail again changes nothing.
/// </summary>
public sealed class ReplyHandler(
    MeetingStore meetings,
    AgendaStore agendas,
    AttendanceStore attendance,
    InvitationSender invitations,
    WaitingReplyStore waiting,
    Rsvp.StandInFollowUp standInFollowUp,
    Outbox outbox,
    AgendaFlowOptions options,
    TimeProvider clock,
    ILogger<ReplyHandler> logger)
{
    /// <summary>Mails handled at once within a chunk: each is a few storage reads, and their latency overlaps.</summary>
    private const int Parallelism = 8;

    /// <summary>
    /// Handles a chunk of mails: matched and interpreted a few at a time (each meeting read once per chunk), then
    /// the answers and confirmations written per meeting in table transactions of up to 100 rows, then the named
    /// stand-ins invited. Every write is
    /// keyed by the mail's evidence and the history is ordered by the mail's date, so neither the parallelism nor
    /// the batching changes what is recorded, and handling the chunk again changes nothing.
    /// </summary>
    public async Task<IReadOnlyList<ReplyOutcome>> HandleManyAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var outcomes = new ReplyOutcome[messages.Count];
        var run = new ChunkState(meetings, agendas);
        await Parallel.ForEachAsync(Enumerable.Range(0, messages.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, ct) =>
            outcomes[i] = await HandleOneAsync(messages[i], run, ct));

        foreach (var (meetingId, answers) in run.Answers)
        {
            await attendance.AppendManyAsync(meetingId, answers.ToList(), cancellationToken);
        }

        // Who sent what is waiting for a person, and when; never the content (it may give a reason).
        foreach (var (meetingId, participantKey, sender, receivedAt, evidence, reading) in run.Waiting)
        {
            await waiting.AddAsync(meetingId, participantKey, sender, receivedAt, evidence, reading, cancellationToken);
        }

        foreach (var (meetingId, confirmations) in run.Confirmations)
        {
            await outbox.EnqueueManyAsync(meetingId.Value, confirmations.ToList(), clock.GetUtcNow(), cancellationToken);
        }

        foreach (var (meeting, person, status, evidence) in run.StandInAnswers)
        {
            await standInFollowUp.AfterAnswerAsync(meeting, person, status, evidence, cancellationToken);
        }

        // Stand-ins last, one at a time: inviting one sends the outbox right away, and with it the confirmations
        // just written, so nobody who answered in this chunk waits for the SendOutbox timer.
        foreach (var (meetingId, member, standIn) in run.StandIns)
        {
            await invitations.InviteStandInAsync(meetingId, member, standIn, cancellationToken);
        }

        return outcomes;
    }

    private async Task<ReplyOutcome> HandleOneAsync(MimeMessage message, ChunkState run, CancellationToken cancellationToken)
    {
        var reply = ReplyInterpreter.Interpret(message);
        if (reply.Intent == ReplyIntent.AutoReply)
        {
            // An out-of-office is not an answer; nothing to record and nothing to confirm.
            logger.LogInformation("Reply {MessageId} is an auto-reply; filed without an answer", reply.Keys.MessageId);
            return ReplyOutcome.Handled;
        }

        if (await TakeAgendaFromChairAsync(message, reply.Keys.SenderAddress, run, cancellationToken))
        {
            return ReplyOutcome.Handled;
        }

        var match = await MatchAsync(reply, run, cancellationToken);
        var sender = reply.Keys.SenderAddress ?? message.From.Mailboxes.FirstOrDefault()?.Address ?? "(ukendt afsender)";
        var received = message.Date == default ? clock.GetUtcNow() : message.Date;
        if (match is null)
        {
            logger.LogInformation("Reply {MessageId} matches no meeting and participant; left for manual handling", reply.Keys.MessageId);
            run.Waiting.Enqueue((null, null, sender, received, reply.Keys.MessageId ?? Fingerprint(message), reply.SafeEvidence));
            return ReplyOutcome.ManualHandling;
        }

        var (meeting, participant) = match.Value;
        var status = ReplyAnswer.StatusOf(reply.Intent);
        if (status is null)
        {
            logger.LogInformation("Reply {MessageId} for meeting {MeetingId} is unclear; left for manual handling", reply.Keys.MessageId, meeting.Id);
            run.Waiting.Enqueue((meeting.Id, participant.Key, sender, received, reply.Keys.MessageId ?? Fingerprint(message), reply.SafeEvidence));
            return ReplyOutcome.ManualHandling;
        }

        var standIn = reply.Substitute is { } s && participant.Role != SeatRoles.StandIn ? new Invitee(s.Name ?? s.Email!, s.Email, Role: SeatRoles.StandIn) : null;
        var evidence = reply.Keys.MessageId ?? Fingerprint(message);
        var now = clock.GetUtcNow();
        run.Answers.GetOrAdd(meeting.Id, _ => []).Add(new AttendanceAnswer(participant.Key, status.Value, message.Date == default ? now : message.Date, AnswerChannel.Email, evidence, standIn));
        logger.LogInformation("Meeting {MeetingId}: {Status} recorded from reply {MessageId}", meeting.Id, status, evidence);
        if (standIn?.Email is not null)
        {
            run.StandIns.Enqueue((meeting.Id, participant, standIn));
        }

        if (participant.Role == SeatRoles.StandIn)
        {
            run.StandInAnswers.Enqueue((meeting, participant, status.Value, evidence));
        }

        if (status != AttendanceStatus.Undeliverable && participant.Email is not null)
        {
            var confirmation = ReplyConfirmation.Render(meeting, participant, status.Value, standIn, participant.Email, reply.Keys.MessageId, options.Mail, now);
            run.Confirmations.GetOrAdd(meeting.Id, _ => []).Add(("confirm." + Hash(evidence), confirmation));
        }

        return ReplyOutcome.Handled;
    }

    /// <summary>
    /// A chair who mails an agenda to the agenda mailbox uploads it (<see cref="MailedAgenda"/>): the attachment goes
    /// to <c>agendas/{committee}/</c> with the chair as uploader, and the usual receipt follows.
    /// </summary>
    private async Task<bool> TakeAgendaFromChairAsync(MimeMessage message, string? sender, ChunkState run, CancellationToken cancellationToken)
    {
        var files = message.Attachments.OfType<MimePart>()
            .Where(a => AgendaFileTypes.IsAgenda(a.FileName))
            .ToList();
        if (files.Count == 0 || sender is null)
        {
            return false;
        }

        var committee = MailedAgenda.CommitteeOf(sender, await run.RostersAsync(cancellationToken));
        if (committee is null)
        {
            return false;
        }

        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.Content!.DecodeToAsync(content, cancellationToken);
            await agendas.UploadAsync($"{committee}/{Path.GetFileName(file.FileName!)}", content.ToArray(), sender, cancellationToken);
            logger.LogInformation("Agenda {FileName} from chair {Sender} uploaded to committee {Committee}", file.FileName, sender, committee);
        }

        return true;
    }

    /// <summary>
    /// What one chunk has read and is about to write: each meeting is read once (a meeting of hundreds is a large
    /// JSON document), and the rows are gathered per meeting, the partition a table transaction needs.
    /// </summary>
    private sealed class ChunkState(MeetingStore meetings, AgendaStore agendas)
    {
        private readonly ConcurrentDictionary<MeetingId, Lazy<Task<StoredMeeting?>>> _meetings = new();
        private Lazy<Task<IReadOnlyList<StoredMeeting>>>? _all;
        private Lazy<Task<IReadOnlyList<(string Committee, Core.Rosters.Roster Roster)>>>? _rosters;

        /// <summary>The meetings from <paramref name="today"/> on, read once per chunk, for replies matched by sender alone.</summary>
        public Task<IReadOnlyList<StoredMeeting>> ComingMeetingsAsync(DateOnly today, CancellationToken cancellationToken) =>
            LazyInitializer.EnsureInitialized(ref _all, () => new(() => meetings.ListBetweenAsync(today, null, cancellationToken))).Value;

        /// <summary>Every roster, read once per chunk, to know a chair's agenda when one is mailed in.</summary>
        public Task<IReadOnlyList<(string Committee, Core.Rosters.Roster Roster)>> RostersAsync(CancellationToken cancellationToken) =>
            LazyInitializer.EnsureInitialized(ref _rosters, () => new(() => agendas.ReadRostersAsync(cancellationToken))).Value;

        public ConcurrentDictionary<MeetingId, ConcurrentBag<AttendanceAnswer>> Answers { get; } = new();

        public ConcurrentDictionary<MeetingId, ConcurrentBag<(string Key, MimeMessage Message)>> Confirmations { get; } = new();

        /// <summary>Stand-ins to invite once the chunk's answers are stored, in the order their mails were handled.</summary>
        public ConcurrentQueue<(MeetingId Meeting, Invitee Member, Invitee StandIn)> StandIns { get; } = new();

        /// <summary>Stand-ins' own answers, followed up once stored (a decline empties the seat again).</summary>
        public ConcurrentQueue<(Meeting Meeting, Invitee StandIn, AttendanceStatus Status, string Evidence)> StandInAnswers { get; } = new();

        /// <summary>Mails filed for manual handling: meeting and participant when known, sender, received, evidence (the mail's key), and the reader's safe evidence.</summary>
        public ConcurrentQueue<(MeetingId? Meeting, string? ParticipantKey, string Sender, DateTimeOffset ReceivedAt, string Evidence, string Reading)> Waiting { get; } = new();

        public Task<StoredMeeting?> MeetingAsync(MeetingId id, CancellationToken cancellationToken) =>
            _meetings.GetOrAdd(id, key => new Lazy<Task<StoredMeeting?>>(() => meetings.GetAsync(key, cancellationToken))).Value;
    }

    /// <summary>Reads what <see cref="ReplyMatch"/> asks for: the token's owner, the meeting the reply names, or every meeting.</summary>
    private async Task<(Meeting Meeting, Invitee Participant)?> MatchAsync(ReplyInterpretation reply, ChunkState run, CancellationToken cancellationToken)
    {
        var match = ReplyMatch.For(reply, options.Mail.Domain);
        if (match.Token is { } token && await meetings.FindTokenAsync(token, cancellationToken) is { } owner)
        {
            return await ParticipantAsync(run, owner.MeetingId, m => ReplyMatch.TokenOwner(m, owner.ParticipantKey), cancellationToken);
        }

        if (match.Who is null)
        {
            return null;
        }

        if (match.Meeting is { } meetingId)
        {
            return await ParticipantAsync(run, meetingId, match.ParticipantIn, cancellationToken);
        }

        var today = CopenhagenTime.DateOf(clock.GetUtcNow());
        return match.AmongComing((await run.ComingMeetingsAsync(today.AddDays(-1), cancellationToken)).Select(m => m.Meeting), clock.GetUtcNow());
    }

    private static async Task<(Meeting, Invitee)?> ParticipantAsync(ChunkState run, MeetingId id, Func<Meeting, Invitee?> participantIn, CancellationToken cancellationToken)
    {
        var stored = await run.MeetingAsync(id, cancellationToken);
        return stored is not null && participantIn(stored.Meeting) is { } participant ? (stored.Meeting, participant) : null;
    }

    private static string Fingerprint(MimeMessage message) => $"{message.From}|{message.Date:O}|{message.Subject}";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
