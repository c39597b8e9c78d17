using System.Security.Cryptography;
using System.Text;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Functions.Features.Summaries;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Rsvp;

/// <summary>
/// After a stand-in's own answer: when they decline, the seat they were to fill is empty again, and the member and
/// the secretariat are told (once per answer, keyed by its evidence).
/// </summary>
public sealed class StandInFollowUp(AttendanceReader reader, Outbox outbox, AgendaFlowOptions options, TimeProvider clock, ILogger<StandInFollowUp> logger)
{
    public async Task AfterAnswerAsync(Meeting meeting, Invitee person, AttendanceStatus status, string evidence, CancellationToken cancellationToken)
    {
        if (status != AttendanceStatus.Absent || person.Role != SeatRoles.StandIn)
        {
            return;
        }

        var overview = await reader.ReadAsync(meeting, cancellationToken);
        if (overview.SeatFilledBy(person) is not { StandIn.Status: StandInStatus.Declined } seat)
        {
            return;
        }

        var secretariat = overview.Roster.SecretariatAddress ?? options.SecretariatAddress;
        var recipients = new List<Invitee>();
        if (seat.Member.Email is not null)
        {
            recipients.Add(seat.Member);
        }

        if (secretariat is not null)
        {
            recipients.Add(new Invitee("Sekretariatet", secretariat));
        }

        if (recipients.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var key = $"standin.declined.{Invitation.ParticipantDigest(seat.Member)}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(evidence)))[..16]}";
        await outbox.EnqueueAsync(meeting.Id.Value, key, StandInNotice.Declined(meeting, seat.Member, person, recipients, options.Mail, now), now, cancellationToken);
        logger.LogInformation("Meeting {MeetingId}: a stand-in declined; the member and the secretariat are told", meeting.Id);
    }
}
