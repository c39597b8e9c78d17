using System.Globalization;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Input;
using AgendaFlow.Core.Meetings;
using static AgendaFlow.Core.Meetings.ChairCorrection;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The chair's check page behind the personal link in the receipt: the meeting as understood, the uncertain fields
/// marked, every field the chair may correct, and one button that sends the invitations. Everything from the
/// document or the form is encoded.
/// </summary>
public static class ChairCheckPage
{
    public const string Title = "Tjek dagsordenen før udsendelse";
    private const string Flag = " <strong class=\"usikker-maerke\">(usikker – tjek)</strong>";

    /// <param name="typed">What the chair sent when it was refused, shown again so nothing typed is lost.</param>
    public static string Form(Meeting meeting, ChairCheckDecision decision, InputRefusal? refusal = null, IReadOnlyDictionary<string, string?>? typed = null)
    {
        var e = HtmlText.Encode;
        string Value(string key, string? understood) => e(typed is not null && typed.TryGetValue(key, out var v) ? v ?? "" : understood ?? "");
        bool Unsure(string danishField) => decision.UncertainFields.Contains(danishField);
        string Label(string id, string text, bool unsure) => $"<label for=\"{id}\">{e(text)}{(unsure ? Flag : "")}</label>\n";
        string Input(string type, string id, string value, bool unsure, string extra = "") =>
            $"<input type=\"{type}\" id=\"{id}\" name=\"{id}\" value=\"{value}\"{(unsure ? " class=\"usikker\"" : "")}{extra}>\n";

        var body = $"<h1>{Title}</h1>\n<p>{e(meeting.Title)}. Ingen invitationer er sendt endnu. Ret det, der er forkert, og tryk <strong>Send invitationerne</strong>.</p>\n";
        body += decision.IsUnsure
            ? "<div class=\"status\" role=\"status\"><p>AgendaFlow er usikker på: " + e(DanishText.JoinList(UnsureList(decision))) + ".</p></div>\n"
            : "<div class=\"status\" role=\"status\"><p>AgendaFlow er ikke usikker på noget, men udvalget tjekker altid før udsendelse.</p></div>\n";
        if (refusal is not null)
        {
            body += $"<div class=\"status fejl\" role=\"alert\"><p>{e(refusal.Field)}: {e(refusal.Reason)}</p></div>\n";
        }

        body += "<form method=\"post\">\n<fieldset>\n<legend>Mødet</legend>\n" +
                Label(Date, "Mødedato", Unsure("mødedato")) +
                Input("date", Date, Value(Date, meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Unsure("mødedato"), " required") +
                Label(Start, "Starttidspunkt", Unsure("starttidspunkt")) +
                Input("time", Start, Value(Start, meeting.Start?.ToString("HH:mm", CultureInfo.InvariantCulture)), Unsure("starttidspunkt")) +
                Label(End, "Sluttidspunkt", Unsure("sluttidspunkt")) +
                Input("time", End, Value(End, meeting.End?.ToString("HH:mm", CultureInfo.InvariantCulture)), Unsure("sluttidspunkt")) +
                Label(Location, "Mødested", Unsure("mødested")) +
                Input("text", Location, Value(Location, meeting.Location), Unsure("mødested")) +
                "</fieldset>\n";

        var participantsUnsure = Unsure("deltagere");
        body += $"<fieldset>\n<legend>Deltagere ({meeting.Participants.Count}){(participantsUnsure ? Flag : "")}</legend>\n" +
                $"<input type=\"hidden\" name=\"{Count}\" value=\"{meeting.Participants.Count}\">\n";
        for (var i = 0; i < meeting.Participants.Count; i++)
        {
            var p = meeting.Participants[i];
            var missing = p.Email is null;
            var removeChecked = typed is not null && typed.TryGetValue(Remove(i), out var r) && r == "ja" ? " checked" : "";
            body += $"<div class=\"deltager\">\n" +
                    Label(Name(i), $"Deltager {i + 1}: navn", false) + Input("text", Name(i), Value(Name(i), p.Name), false, " required autocomplete=\"off\"") +
                    Label(Email(i), missing ? $"{p.Name}: e-mailadresse (mangler – får ingen invitation)" : $"{p.Name}: e-mailadresse", missing || Unsure("e-mailadresser")) +
                    Input("email", Email(i), Value(Email(i), p.Email), missing || Unsure("e-mailadresser"), " autocomplete=\"off\"") +
                    $"<p class=\"valg\"><input type=\"checkbox\" id=\"{Remove(i)}\" name=\"{Remove(i)}\" value=\"ja\"{removeChecked}> " +
                    $"<label class=\"inline\" for=\"{Remove(i)}\">Fjern {e(p.Name)} fra mødet</label></p>\n</div>\n";
        }

        body += "</fieldset>\n<fieldset>\n<legend>Tilføj en deltager</legend>\n" +
                Label(NewName, "Navn", false) + Input("text", NewName, Value(NewName, null), false, " autocomplete=\"off\"") +
                Label(NewEmail, "E-mailadresse", false) + Input("email", NewEmail, Value(NewEmail, null), false, " autocomplete=\"off\"") +
                "</fieldset>\n<button>Send invitationerne</button>\n</form>\n";
        return PageLayout.Render(Title + ": " + meeting.Title, body);
    }

    public static string Sent(Meeting meeting) =>
        PageLayout.Render("Invitationerne er sendt",
            "<h1>Invitationerne er sendt</h1>\n<div class=\"status\" role=\"status\"><p>" +
            HtmlText.Encode($"{meeting.Participants.Count(p => p.Email is not null)} deltagere har fået en invitation til {meeting.Title} " +
                            $"{DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}" +
                            (meeting.Location is null ? "." : $", {meeting.Location}.")) +
            "</p></div>\n<p>" + HtmlText.Encode($"Rettelsen er gemt med mødet, tjekket af {meeting.CheckedBy}.") +
            " Skal mere rettes, så upload en rettet dagsorden; deltagerne får besked om ændringerne.</p>");

    public static string Superseded(Meeting meeting) => PageLayout.Render(
        "Der er kommet en nyere version",
        "<h1>Der er kommet en nyere version</h1>\n<div class=\"status\" role=\"status\"><p>" +
        HtmlText.Encode($"Dagsordenen til {meeting.Title} er uploadet igen, efter at dette link blev sendt. ") +
        "Brug linket i den nyeste kvittering; er den nye version sikker, er invitationerne allerede sendt.</p></div>");

    public static string NotFound() => PageLayout.Render(
        "Linket virker ikke",
        "<h1>Linket virker ikke</h1>\n<p>Linket er ugyldigt eller hører til en dagsorden, der ikke findes mere. " +
        "Upload dagsordenen igen, eller kontakt sekretariatet.</p>");

    /// <summary>The uncertain fields and the participants without an address, as one Danish list.</summary>
    public static IReadOnlyList<string> UnsureList(ChairCheckDecision decision) =>
        [.. decision.UncertainFields, .. decision.WithoutAddress.Select(n => $"e-mailadressen på {n}")];
}
