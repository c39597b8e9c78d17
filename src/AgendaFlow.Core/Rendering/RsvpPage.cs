using AgendaFlow.Core.Attendance;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Meetings;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The pages behind the one-click links. Opening a link only shows a button: mail scanners open links too, and an
/// answer must come from the participant. Posting the form records it.
/// </summary>
public static class RsvpPage
{
    public const string Attending = "deltager";
    public const string Absent = "afbud";
    public const string Substitute = "stedfortraeder";

    public static AttendanceStatus? StatusOf(string? answer) => answer?.ToLowerInvariant() switch
    {
        Attending => AttendanceStatus.Attending,
        Absent => AttendanceStatus.Absent,
        Substitute or "stedfortræder" => AttendanceStatus.Substitute,
        _ => null,
    };

    /// <summary>The query the page is fetched with after an answer is posted (post-redirect-get): it then says what was recorded.</summary>
    public const string RecordedQuery = "svaret=ja";

    /// <param name="replaces">For a stand-in: the member whose seat they fill. They answer for that seat and cannot name a stand-in of their own.</param>
    /// <param name="errorField">The field the error is about (<c>navn</c> or <c>email</c> on the stand-in form), shown at the field too.</param>
    /// <param name="typed">What was typed into the stand-in form when it was refused, shown again.</param>
    public static string Confirm(Meeting meeting, Invitee participant, string? answer, AttendanceStatus current, string? error = null, Invitee? replaces = null,
        string? errorField = null, IReadOnlyDictionary<string, string?>? typed = null)
    {
        var e = HtmlText.Encode;
        var body = $"<h1>{e(meeting.Title)}</h1>\n" +
                   $"<p class=\"font-lead\">{e(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End))}" +
                   (meeting.Location is null ? "" : $"<br>\n{e(meeting.Location)}") + "</p>\n" +
                   $"<p>Hej {e(participant.Name)}. Dit svar lige nu: <strong>{e(Describe(current))}</strong>.</p>\n" +
                   (replaces is null ? "" : $"<p>Du er inviteret som stedfortræder for {e(replaces.Name)}, som har meldt afbud. Melder du fra, er pladsen tom igen, og {e(replaces.Name)} og sekretariatet får besked.</p>\n");
        if (error is not null)
        {
            body += FormParts.ErrorAlert(error);
        }

        var chosen = StatusOf(answer) is AttendanceStatus.Substitute && replaces is not null ? null : StatusOf(answer);
        body += chosen switch
        {
            AttendanceStatus.Substitute => SubstituteForm(errorField is null ? null : error, errorField, typed),
            { } status => AnswerForm(answer!, status == AttendanceStatus.Attending ? "Bekræft: Jeg deltager" : "Bekræft: Jeg melder afbud"),
            null => "",
        };

        // The answer on the page's own button is not offered a second time below it.
        var others = new List<string>();
        if (chosen != AttendanceStatus.Attending)
        {
            others.Add(FormParts.Button("Jeg deltager", "svar", Attending, primary: chosen is not null));
        }

        if (chosen != AttendanceStatus.Absent)
        {
            others.Add(FormParts.Button("Jeg melder afbud", "svar", Absent, primary: false));
        }

        body += $"<h2>{(chosen is null ? "Dit svar" : "Andre svar")}</h2>\n<form method=\"post\">\n<div class=\"button-row\">" + string.Join("\n", others) + "</div>\n</form>\n" +
                (replaces is null && chosen != AttendanceStatus.Substitute ? $"<p><a href=\"?svar={Substitute}\">Jeg sender en stedfortræder</a></p>\n" : "");
        return PageLayout.Render($"Svar: {meeting.Title}", body);
    }

    public static string Recorded(Meeting meeting, AttendanceStatus status, Invitee? standIn, Invitee? replaces = null)
    {
        var e = HtmlText.Encode;
        var what = status switch
        {
            AttendanceStatus.Attending when replaces is not null => $"at du deltager som stedfortræder for {replaces.Name}",
            AttendanceStatus.Absent when replaces is not null => $"at du ikke kan deltage som stedfortræder for {replaces.Name}. {replaces.Name} og sekretariatet får besked",
            AttendanceStatus.Attending => "at du deltager",
            AttendanceStatus.Absent => "dit afbud",
            _ => $"at {standIn?.Name ?? "en stedfortræder"} deltager i stedet for dig" +
                 (standIn?.Email is null ? "" : $". {standIn.Name} får en invitation på {standIn.Email}"),
        };
        var body = "<h1>Tak for dit svar</h1>\n" +
                   FormParts.SuccessAlert($"Vi har registreret {what} til mødet i {meeting.Title} {DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}.") +
                   "<p>Ændrer du mening, kan du bruge linket i invitationen igen eller svare på mailen.</p>";
        return PageLayout.Render("Tak for dit svar", body);
    }

    public static string Closed(Meeting meeting, string reason) =>
        PageLayout.Render(meeting.Title, $"<h1>{HtmlText.Encode(meeting.Title)}</h1>\n" + FormParts.InfoAlert(reason));

    public static string NotFound() => PageLayout.Render(
        "Linket virker ikke",
        "<h1>Linket virker ikke</h1>\n<p>Linket er ugyldigt eller hører til et møde, der ikke findes mere. " +
        "Svar i stedet på invitationsmailen, eller kontakt sekretariatet.</p>");

    private static string AnswerForm(string answer, string label) =>
        $"<form method=\"post\"><input type=\"hidden\" name=\"svar\" value=\"{HtmlText.Encode(answer)}\">" +
        FormParts.Button(label) + "</form>\n";

    private static string SubstituteForm(string? error, string? errorField, IReadOnlyDictionary<string, string?>? typed) =>
        "<form method=\"post\" novalidate>\n<input type=\"hidden\" name=\"svar\" value=\"" + Substitute + "\">\n" +
        FormParts.TextField("navn", "Stedfortræderens navn", value: typed?.GetValueOrDefault("navn"), error: errorField == "navn" ? error : null, attributes: " required autocomplete=\"name\"") +
        FormParts.TextField("email", "Stedfortræderens e-mailadresse (så får vedkommende en invitation)", "email", typed?.GetValueOrDefault("email"),
            errorField == "email" ? error : null, " autocomplete=\"email\"") +
        FormParts.Button("Bekræft: Jeg sender en stedfortræder") + "\n</form>\n";

    private static string Describe(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Attending => "deltager",
        AttendanceStatus.Absent => "afbud",
        AttendanceStatus.Substitute => "sender stedfortræder",
        AttendanceStatus.Partial => "deltager delvis",
        AttendanceStatus.Tentative => "måske",
        AttendanceStatus.Undeliverable => "invitationen kunne ikke leveres",
        _ => "ikke svaret endnu",
    };
}
