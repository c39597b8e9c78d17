using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Meetings;

/// <summary>When the chair checks an upload before invitations go out (<c>AgendaFlow__ChairCheck__Mode</c>).</summary>
public enum ChairCheckMode
{
    /// <summary>Every upload waits for the chair.</summary>
    Always,

    /// <summary>An upload waits only when the parser is unsure of a field or a participant has no address.</summary>
    WhenUnsure,

    /// <summary>Invitations go at once, whatever the parser is unsure of (the receipt still says what).</summary>
    Never,
}

/// <summary>Hold the upload for the chair, and why: the uncertain fields in Danish and the participants without an address.</summary>
public sealed record ChairCheckDecision(bool Hold, IReadOnlyList<string> UncertainFields, IReadOnlyList<string> WithoutAddress)
{
    public bool IsUnsure => UncertainFields.Count > 0 || WithoutAddress.Count > 0;
}

/// <summary>
/// Decides whether an upload's invitations go at once or wait for the chair's check. "Never silently wrong": a field
/// the parser is unsure of, or someone who would get no invitation, is a question to the chair before a whole
/// committee is invited.
/// </summary>
public static class ChairCheck
{
    /// <summary>The roster roles that override the deployment's mode for one committee (a row such as <c>Formandens tjek;;tjek-altid</c>).</summary>
    public const string RosterAlways = "tjek-altid";
    public const string RosterWhenUnsure = "tjek-ved-tvivl";
    public const string RosterNever = "tjek-aldrig";

    public static ChairCheckDecision Decide(IEnumerable<string> review, IEnumerable<string> withoutAddress, ChairCheckMode mode)
    {
        var fields = review.Select(DanishName).Distinct().ToList();
        var missing = withoutAddress.ToList();
        var hold = mode switch
        {
            ChairCheckMode.Always => true,
            ChairCheckMode.Never => false,
            _ => fields.Count > 0 || missing.Count > 0,
        };
        return new ChairCheckDecision(hold, fields, missing);
    }

    /// <summary>The committee's own mode from its roster, else the deployment's.</summary>
    public static ChairCheckMode ModeFor(Roster roster, ChairCheckMode deployment) =>
        roster.Members.Select(m => m.Role).LastOrDefault(r => ParseRosterRole(r) is not null) is { } role
            ? ParseRosterRole(role)!.Value
            : deployment;

    /// <summary>The setting's value: <c>Always</c>, <c>WhenUnsure</c> or <c>Never</c> (any case); anything else is refused.</summary>
    public static ChairCheckMode ParseSetting(string? value) => value?.Trim() switch
    {
        null or "" => ChairCheckMode.WhenUnsure,
        var v when Enum.TryParse<ChairCheckMode>(v, ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !char.IsDigit(v[0]) => mode,
        var v => throw new FormatException($"AgendaFlow:ChairCheck:Mode is '{v}'; use Always, WhenUnsure or Never."),
    };

    /// <summary>How the receipt and the page name a field of <see cref="ReviewField"/>.</summary>
    public static string DanishName(string field) => field switch
    {
        ReviewField.Kind => "dokumenttype",
        ReviewField.Title => "titel",
        ReviewField.Date => "mødedato",
        ReviewField.Start => "starttidspunkt",
        ReviewField.End => "sluttidspunkt",
        ReviewField.Location => "mødested",
        ReviewField.Participants => "deltagere",
        ReviewField.Emails => "e-mailadresser",
        ReviewField.Items => "dagsordenspunkter",
        _ => field,
    };

    private static ChairCheckMode? ParseRosterRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        RosterAlways => ChairCheckMode.Always,
        RosterWhenUnsure => ChairCheckMode.WhenUnsure,
        RosterNever => ChairCheckMode.Never,
        _ => null,
    };
}
