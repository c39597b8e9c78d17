using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Summaries;

/// <summary>
/// Reads what a meeting's attendance is made of (the answer history, the committee's roster, the mails waiting for
/// manual handling) and hands it to the one model, <see cref="AttendanceOverview"/>, that every view reads.
/// </summary>
public sealed class AttendanceReader(AttendanceStore attendance, AgendaStore agendas, WaitingReplyStore waiting)
{
    public async Task<AttendanceOverview> ReadAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var history = attendance.HistoryAsync(meeting.Id, cancellationToken);
        var roster = agendas.ReadRosterAsync(meeting.Committee, cancellationToken);
        var cases = waiting.ForMeetingAsync(meeting.Id, cancellationToken);
        return AttendanceOverview.Of(meeting, await history, await roster, await cases);
    }
}
