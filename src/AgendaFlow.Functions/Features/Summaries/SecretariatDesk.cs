using System.Web;
using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// What the secretariat's page reads and writes: a meeting's attendance, an answer recorded by hand (closing the
/// waiting case it answers), and the waiting mails no meeting could be found for.
/// </summary>
public sealed class SecretariatDesk(
    AttendanceReader reader,
    AttendanceStore attendance,
    WaitingReplyStore waiting,
    TimeProvider clock,
    ILogger<SecretariatDesk> logger)
{
    public Task<AttendanceOverview> OverviewAsync(Meeting meeting, CancellationToken cancellationToken) => reader.ReadAsync(meeting, cancellationToken);

    public async Task<IReadOnlyList<WaitingReply>> UnmatchedAsync(CancellationToken cancellationToken) =>
        (await waiting.ForMeetingAsync(null, cancellationToken)).Where(w => w.IsOpen).ToList();

    /// <summary>What the page says once an answer is recorded.</summary>
    public static string RecordedNotice(string memberName, bool caseClosed) =>
        $"Svaret for {memberName} er registreret{(caseClosed ? ", og sagen er lukket" : "")}.";

    /// <summary>Records the posted form's answer; returns the notice for the page, whether it was refused, and the seat it was for.</summary>
    public async Task<(string Notice, bool Refused, string? SeatKey, bool CaseClosed)> RecordAsync(Meeting meeting, string formBody, CancellationToken cancellationToken)
    {
        var form = HttpUtility.ParseQueryString(formBody);
        var overview = await reader.ReadAsync(meeting, cancellationToken);
        var now = clock.GetUtcNow();
        var (entry, error) = SecretariatEntry.From(overview, form["deltager"], form["svar"], form["stedfortraeder"], form["af"], form["sag"], now,
            form["sag"] is { Length: > 0 } caseId ? $"manuel:{caseId}" : $"sekretariat:{Guid.NewGuid():N}");
        if (entry is null)
        {
            return (error!, true, null, false);
        }

        await attendance.AppendAsync(meeting.Id, entry.Answer, cancellationToken);
        if (entry.Case is { } open)
        {
            await waiting.CloseAsync(meeting.Id, open.Id, entry.Answer.RecordedBy!, now, cancellationToken);
        }

        logger.LogInformation("Meeting {MeetingId}: {Status} recorded by the secretariat{Case}", meeting.Id, entry.Answer.Status, entry.Case is null ? "" : ", waiting case closed");
        return (RecordedNotice(entry.Seat.Member.Name, entry.Case is not null), false, entry.Seat.Member.Key, entry.Case is not null);
    }
}
