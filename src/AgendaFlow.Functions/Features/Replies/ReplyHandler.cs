using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Replies;
using AgendaFlow.Core.Scheduling;
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
/// Turns one participant's mail into attendance: finds the meeting and participant it answers (the personal token
/// first, then the invitation it replies to, the calendar UID, and only then the sender's address), records the
/// answer in the history, invites a named stand-in, and confirms to the participant. Each step is keyed by the
/// mail's Message-Id, so handling the same mail again changes nothing.
/// </summary>
public sealed class ReplyHandler(
    MeetingStore meetings,
    AgendaStore agendas,
    AttendanceStore attendance,
    InvitationSender invitations,
    Outbox outbox,
    AgendaFlowOptions options,
    TimeProvider clock,
    ILogger<ReplyHandler> logger)
{
    public async Task<ReplyOutcome> HandleAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var reply = ReplyInterpreter.Interpret(message);
        if (reply.Intent == ReplyIntent.AutoReply)
        {
            // An out-of-office is not an answer; nothing to record and nothing to confirm.
            logger.LogInformation("Reply {MessageId} is an auto-reply; filed without an answer", reply.Keys.MessageId);
            return ReplyOutcome.Handled;
        }

        if (await TakeAgendaFromChairAsync(message, reply.Keys.SenderAddress, cancellationToken))
        {
            return ReplyOutcome.Handled;
        }

        var match = await MatchAsync(reply, cancellationToken);
        if (match is null)
        {
            logger.LogInformation("Reply {MessageId} matches no meeting and participant; left for manual handling", reply.Keys.MessageId);
            return ReplyOutcome.ManualHandling;
        }

        var (meeting, participant) = match.Value;
        var status = reply.Intent switch
        {
            ReplyIntent.Attending => AttendanceStatus.Attending,
            ReplyIntent.Absent => AttendanceStatus.Absent,
            ReplyIntent.Substitute => AttendanceStatus.Substitute,
            ReplyIntent.Partial => AttendanceStatus.Partial,
            ReplyIntent.Tentative => AttendanceStatus.Tentative,
            ReplyIntent.Undeliverable => AttendanceStatus.Undeliverable,
            _ => (AttendanceStatus?)null,
        };
        if (status is null)
        {
            logger.LogInformation("Reply {MessageId} for meeting {MeetingId} is unclear; left for manual handling", reply.Keys.MessageId, meeting.Id);
            return ReplyOutcome.ManualHandling;
        }

        var standIn = reply.Substitute is { } s ? new Invitee(s.Name ?? s.Email!, s.Email, Role: "stedfortræder") : null;
        var evidence = reply.Keys.MessageId ?? Fingerprint(message);
        var now = clock.GetUtcNow();
        await attendance.AppendAsync(meeting.Id, new AttendanceAnswer(participant.Key, status.Value, message.Date == default ? now : message.Date, AnswerChannel.Email, evidence, standIn), cancellationToken);
        logger.LogInformation("Meeting {MeetingId}: {Status} recorded from reply {MessageId}", meeting.Id, status, evidence);
        if (standIn?.Email is not null)
        {
            await invitations.InviteStandInAsync(meeting.Id, standIn, cancellationToken);
        }

        if (status != AttendanceStatus.Undeliverable && participant.Email is not null)
        {
            var confirmation = ReplyConfirmation.Render(meeting, participant, status.Value, standIn, participant.Email, reply.Keys.MessageId, options.Mail, now);
            await outbox.EnqueueAsync(meeting.Id.Value, "confirm." + Hash(evidence), confirmation, now, cancellationToken);
        }

        return ReplyOutcome.Handled;
    }

    private static readonly string[] AgendaExtensions = [".docx", ".md", ".txt", ".html", ".htm"];

    private static readonly string[] ChairRoles = ["formand", "medformand", "næstformand", "mødeleder"];

    /// <summary>
    /// A chair (a roster member with a chair's role) who mails an agenda to the agenda mailbox uploads it: the
    /// attachment goes to <c>agendas/{committee}/</c> with the chair as uploader, and the usual receipt follows.
    /// </summary>
    private async Task<bool> TakeAgendaFromChairAsync(MimeMessage message, string? sender, CancellationToken cancellationToken)
    {
        var files = message.Attachments.OfType<MimePart>()
            .Where(a => a.FileName is { } name && AgendaExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            .ToList();
        if (files.Count == 0 || sender is null)
        {
            return false;
        }

        var committee = (await agendas.ReadRostersAsync(cancellationToken))
            .FirstOrDefault(r => Core.Rosters.Roster.Parse(r.Csv).Members.Any(m =>
                string.Equals(m.Email, sender, StringComparison.OrdinalIgnoreCase) && ChairRoles.Contains(m.Role)))
            .Committee;
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

    private async Task<(Meeting Meeting, Invitee Participant)?> MatchAsync(ReplyInterpretation reply, CancellationToken cancellationToken)
    {
        var keys = reply.Keys;
        // The personal token is a secret only the participant's invitation carried: it decides on its own.
        if (ReplyToken.TryParse(keys.PlusToken, out var token) && await meetings.FindTokenAsync(token, cancellationToken) is { } owner)
        {
            return await ParticipantAsync(owner.MeetingId, p => string.Equals(p.Key, owner.ParticipantKey, StringComparison.OrdinalIgnoreCase), cancellationToken);
        }

        // A bounce names the address that failed; the rest must come from the sender's own address, so that nobody
        // can answer for someone else by replying to a forwarded invitation.
        var who = reply.Intent == ReplyIntent.Undeliverable ? reply.DeliveryFailure?.FailedRecipient : keys.SenderAddress;
        if (who is null)
        {
            return null;
        }

        bool IsSender(Invitee p) => string.Equals(p.Email, who, StringComparison.OrdinalIgnoreCase);
        foreach (var id in new[] { keys.InReplyTo, reply.DeliveryFailure?.OriginalMessageId }.Concat(keys.References.Reverse()))
        {
            if (Invitation.TryParseMessageId(id, out var meetingId, out var digest))
            {
                return await ParticipantAsync(meetingId, p => Invitation.ParticipantDigest(p) == digest && IsSender(p), cancellationToken);
            }
        }

        if (keys.CalendarUid is { } uid && uid.EndsWith("@" + options.Mail.Domain, StringComparison.OrdinalIgnoreCase))
        {
            return await ParticipantAsync(new MeetingId(uid[..uid.LastIndexOf('@')]), IsSender, cancellationToken);
        }

        // Last: the sender is a participant of exactly one coming meeting.
        var today = DateOnly.FromDateTime(CopenhagenTime.ToLocal(clock.GetUtcNow()).DateTime);
        var candidates = (await meetings.ListAsync(cancellationToken))
            .Where(m => m.Meeting.Date >= today && m.Meeting.Participants.Any(IsSender))
            .ToList();
        return candidates.Count == 1 ? (candidates[0].Meeting, candidates[0].Meeting.Participants.First(IsSender)) : null;
    }

    private async Task<(Meeting, Invitee)?> ParticipantAsync(MeetingId id, Func<Invitee, bool> isParticipant, CancellationToken cancellationToken)
    {
        var stored = await meetings.GetAsync(id, cancellationToken);
        var participant = stored?.Meeting.Participants.FirstOrDefault(isParticipant);
        return stored is null || participant is null ? null : (stored.Meeting, participant);
    }

    private static string Fingerprint(MimeMessage message) => $"{message.From}|{message.Date:O}|{message.Subject}";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
