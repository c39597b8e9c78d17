namespace AgendaFlow.Core.Replies;

/// <summary>
/// "Kommer ca. 11.15" is late only for a meeting that starts earlier. With the start known (the calendar reply's
/// DTSTART, or the time in the quoted invitation) an arrival after it is partial attendance and one at the start is
/// attendance; without it the time alone decides nothing.
/// </summary>
internal static class ArrivalTimes
{
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    public static List<TextCue> Resolve(List<TextCue> cues, TimeOnly? meetingStart)
    {
        var resolved = new List<TextCue>(cues.Count);
        foreach (var cue in cues)
        {
            if (cue.Kind != TextCueKind.ArrivesAt)
            {
                resolved.Add(cue);
                continue;
            }

            var arrival = PartialAttendanceReader.TimeIn(cue.Words);
            if (meetingStart is not { } start || arrival is not { } at)
            {
                continue;
            }

            resolved.Add(at > start.Add(Slack) ? cue : cue with { Kind = TextCueKind.Attend, Rule = "arrival at the start" });
        }

        return resolved;
    }
}
