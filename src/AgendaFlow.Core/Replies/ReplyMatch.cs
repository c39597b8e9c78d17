using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// How a reply finds the meeting and the participant it answers, surest first: the personal token of
/// <c>dagsorden+TOKEN@</c> (a secret only the participant's invitation carried; it decides on its own), then the
/// invitation it answers (In-Reply-To, a bounce's original Message-ID, the References newest first), then the
/// calendar reply's UID, and last the sender as a participant of exactly one meeting not yet over. Except for the
/// token, the participant must be the sender, so nobody answers for someone else by replying to a forwarded
/// invitation; a bounce is matched by the address that failed. The caller does the reading; this decides.
/// </summary>
public sealed record ReplyMatch
{
    private ReplyMatch(ReplyToken? token, string? who, MeetingId? meeting, string? participantDigest)
    {
        Token = token;
        Who = who;
        Meeting = meeting;
        ParticipantDigest = participantDigest;
    }

    /// <summary>The personal token, when the reply carries one in the form a token has.</summary>
    public ReplyToken? Token { get; }

    /// <summary>The address the participant must have: the sender's, or for a bounce the one that failed.</summary>
    public string? Who { get; }

    /// <summary>The meeting the reply names (by the invitation it answers or its calendar UID); null: by sender alone.</summary>
    public MeetingId? Meeting { get; }

    /// <summary>The participant the answered invitation went to, when the reply names one.</summary>
    public string? ParticipantDigest { get; }

    /// <param name="mailDomain">The agenda mailbox's domain: only calendar UIDs AgendaFlow made end in it.</param>
    public static ReplyMatch For(ReplyInterpretation reply, string mailDomain)
    {
        var keys = reply.Keys;
        ReplyToken? token = ReplyToken.TryParse(keys.PlusToken, out var parsed) ? parsed : null;
        var who = reply.Intent == ReplyIntent.Undeliverable ? reply.DeliveryFailure?.FailedRecipient : keys.SenderAddress;
        foreach (var id in new[] { keys.InReplyTo, reply.DeliveryFailure?.OriginalMessageId }.Concat(keys.References.Reverse()))
        {
            if (Invitation.TryParseMessageId(id, out var meetingId, out var digest))
            {
                return new ReplyMatch(token, who, meetingId, digest);
            }
        }

        if (keys.CalendarUid is { } uid && uid.EndsWith("@" + mailDomain, StringComparison.OrdinalIgnoreCase))
        {
            return new ReplyMatch(token, who, new MeetingId(uid[..uid.LastIndexOf('@')]), null);
        }

        return new ReplyMatch(token, who, null, null);
    }

    /// <summary>The token's owner within the meeting the token belongs to.</summary>
    public static Invitee? TokenOwner(Meeting meeting, string participantKey) =>
        meeting.Participants.FirstOrDefault(p => string.Equals(p.Key, participantKey, StringComparison.OrdinalIgnoreCase));

    /// <summary>The participant in <see cref="Meeting"/> the reply comes from (or, for a bounce, was sent to).</summary>
    public Invitee? ParticipantIn(Meeting meeting) =>
        Who is null
            ? null
            : meeting.Participants.FirstOrDefault(p => IsWho(p) && (ParticipantDigest is null || Invitation.ParticipantDigest(p) == ParticipantDigest));

    /// <summary>By sender alone: a participant of exactly one meeting that is not over; two or none is no match.</summary>
    public (Meeting Meeting, Invitee Participant)? AmongComing(IEnumerable<Meeting> meetings, DateTimeOffset now)
    {
        if (Who is null)
        {
            return null;
        }

        var candidates = meetings.Where(m => !Meetings.MeetingTimes.IsOver(m, now) && m.Participants.Any(IsWho)).Take(2).ToList();
        return candidates is [var only] ? (only, only.Participants.First(IsWho)) : null;
    }

    private bool IsWho(Invitee participant) => string.Equals(participant.Email, Who, StringComparison.OrdinalIgnoreCase);
}
