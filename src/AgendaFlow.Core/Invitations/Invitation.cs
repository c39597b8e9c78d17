using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Invitations;

/// <summary>A file that goes with the invitation: the agenda itself, or a bilag.</summary>
public sealed record InvitationAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

/// <summary>
/// One mail to one participant about one revision of a meeting. Everything needed to render it, and nothing that
/// needs I/O: the token and attachments are decided by the caller.
/// </summary>
public sealed record Invitation(
    Meeting Meeting,
    Invitee Invitee,
    ReplyToken Token,
    InvitationKind Kind,
    IReadOnlyList<string> Changes,
    IReadOnlyList<InvitationAttachment> Attachments)
{
    /// <summary>The member whose seat the invitee takes as stand-in; null for a member's own invitation.</summary>
    public Invitee? Replaces { get; init; }

    /// <summary>
    /// Stable for the meeting, the participant, the revision and the kind: a re-send of the same mail carries the
    /// same Message-Id, and replies point back at it through In-Reply-To.
    /// </summary>
    public string MessageId(MailSettings settings) =>
        $"{Kind.ToString().ToLowerInvariant()}.{Meeting.Id.Value}.r{Meeting.Revision}.{ParticipantDigest(Invitee)}@{settings.Domain}";

    /// <summary>
    /// Reads back a Message-Id this class made: the meeting and the participant digest a reply's In-Reply-To or
    /// References point at. Anything else (another system's id) is not ours.
    /// </summary>
    public static bool TryParseMessageId(string? messageId, out MeetingId meeting, out string participantDigest)
    {
        meeting = default;
        participantDigest = "";
        var local = messageId?.Trim('<', '>', ' ').Split('@')[0];
        var parts = local?.Split('.');
        if (parts is not [_, { Length: > 0 } id, ['r', ..], { Length: 16 } digest] || !Enum.TryParse<InvitationKind>(parts[0], ignoreCase: true, out _))
        {
            return false;
        }

        meeting = new MeetingId(id);
        participantDigest = digest;
        return true;
    }

    /// <summary>A short digest of the participant's key, so that Message-Ids do not carry addresses.</summary>
    public static string ParticipantDigest(Invitee invitee) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(invitee.Key)))[..16];
}
