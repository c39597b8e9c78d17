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

    /// <param name="replaces">For a stand-in: the member whose seat they fill. They answer for that seat and cannot name a stand-in of their own.</param>
    public static string Confirm(Meeting meeting, Invitee participant, string? answer, AttendanceStatus current, string? error = null, Invitee? replaces = null)
    {
        var e = HtmlText.Encode;
        var body = $"<h1>{e(meeting.Title)}</h1>\n" +
                   $"<p>{e(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End))}" +
                   (meeting.Location is null ? "" : $"<br>\n{e(meeting.Location)}") + "</p>\n" +
                   $"<p>Hej {e(participant.Name)}. Dit svar lige nu: <strong>{e(Describe(current))}</strong>.</p>\n" +
                   (replaces is null ? "" : $"<p>Du er inviteret som stedfortræder for {e(replaces.Name)}, som har meldt afbud. Melder du fra, er pladsen tom igen, og {e(replaces.Name)} og sekretariatet får besked.</p>\n");
        if (error is not null)
        {
            body += $"<p class=\"status fejl\" role=\"alert\">{e(error)}</p>\n";
        }

        body += StatusOf(answer) switch
        {
            AttendanceStatus.Substitute when replaces is not null => "",
            AttendanceStatus.Substitute => SubstituteForm(),
            { } status => AnswerForm(answer!, status == AttendanceStatus.Attending ? "Bekræft: Jeg deltager" : "Bekræft: Jeg melder afbud"),
            null => "",
        };
        body += "<h2>Andre svar</h2>\n<form method=\"post\">" +
                $"<button class=\"secondary\" name=\"svar\" value=\"{Attending}\">Jeg deltager</button>" +
                $"<button class=\"secondary\" name=\"svar\" value=\"{Absent}\">Jeg melder afbud</button></form>\n" +
                (replaces is null ? $"<p><a href=\"?svar={Substitute}\">Jeg sender en stedfortræder</a></p>\n" : "");
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
        var body = $"<h1>Tak for dit svar</h1>\n<p class=\"status\" role=\"status\">Vi har registreret {e(what)} " +
                   $"til mødet i {e(meeting.Title)} {e(DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End))}.</p>\n" +
                   "<p>Ændrer du mening, kan du bruge linket i invitationen igen eller svare på mailen.</p>";
        return PageLayout.Render("Tak for dit svar", body);
    }

    public static string Closed(Meeting meeting, string reason) =>
        PageLayout.Render(meeting.Title, $"<h1>{HtmlText.Encode(meeting.Title)}</h1>\n<p class=\"status\">{HtmlText.Encode(reason)}</p>");

    public static string NotFound() => PageLayout.Render(
        "Linket virker ikke",
        "<h1>Linket virker ikke</h1>\n<p>Linket er ugyldigt eller hører til et møde, der ikke findes mere. " +
        "Svar i stedet på invitationsmailen, eller kontakt sekretariatet.</p>");

    private static string AnswerForm(string answer, string label) =>
        $"<form method=\"post\"><input type=\"hidden\" name=\"svar\" value=\"{HtmlText.Encode(answer)}\">" +
        $"<button>{HtmlText.Encode(label)}</button></form>\n";

    private static string SubstituteForm() =>
        "<form method=\"post\">\n<input type=\"hidden\" name=\"svar\" value=\"" + Substitute + "\">\n" +
        "<label for=\"navn\">Stedfortræderens navn</label>\n<input type=\"text\" id=\"navn\" name=\"navn\" required autocomplete=\"name\">\n" +
        "<label for=\"email\">Stedfortræderens e-mailadresse (så får vedkommende en invitation)</label>\n" +
        "<input type=\"email\" id=\"email\" name=\"email\" autocomplete=\"email\">\n" +
        "<button>Bekræft: Jeg sender en stedfortræder</button>\n</form>\n";

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
