using System.Globalization;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Input;
using AgendaFlow.Core.Meetings;
using static AgendaFlow.Core.Meetings.ChairCorrection;

namespace AgendaFlow.Core.Rendering;

/// <summary>
/// The chair's check page behind the personal link in the receipt: the meeting as understood, the uncertain fields
/// marked, every field the chair may correct, and one button that sends the invitations. On Det Fælles Designsystem's
/// form components; a refusal is shown at its field in DKFDS's error style and named in the summary above the form.
/// Everything from the document or the form is encoded.
/// </summary>
public static class ChairCheckPage
{
    public const string Title = "Tjek dagsordenen før udsendelse";
    private const string UnsureHint = "AgendaFlow er usikker her – tjek værdien.";
    private const string UnsureClass = "usikker";
    private const string ParticipantsId = "deltagere";

    /// <param name="typed">What the chair sent when it was refused, shown again so nothing typed is lost.</param>
    public static string Form(Meeting meeting, ChairCheckDecision decision, InputRefusal? refusal = null, IReadOnlyDictionary<string, string?>? typed = null)
    {
        var e = HtmlText.Encode;
        string Value(string key, string? understood) => typed is not null && typed.TryGetValue(key, out var v) ? v ?? "" : understood ?? "";
        bool Unsure(string danishField) => decision.UncertainFields.Contains(danishField);
        string? ErrorAt(string key) => refusal?.FormField == key ? refusal.Reason : null;
        // DKFDS's input widths: a field as wide as what goes in it.
        string Field(string key, string label, string type, string? understood, bool unsure, string attributes = "", string? hint = null) =>
            FormParts.TextField(key, label, type, Value(key, understood), ErrorAt(key), attributes, hint ?? (unsure ? UnsureHint : null),
                (type is "date" or "time" ? "input-width-s" : "input-width-xl") + (unsure ? " " + UnsureClass : ""));

        var body = $"<h1>{Title}</h1>\n<p class=\"font-lead\">{e(meeting.Title)}. Ingen invitationer er sendt endnu. Ret det, der er forkert, og tryk <strong>Send invitationerne</strong>.</p>\n";
        if (refusal is not null)
        {
            body += FormParts.ErrorSummary(refusal.FormField == Count ? ParticipantsId : refusal.FormField ?? Date, refusal.Field, refusal.Reason);
        }

        body += decision.IsUnsure
            ? FormParts.WarningAlert("AgendaFlow er usikker på: " + DanishText.JoinList(UnsureList(decision)) + ".")
            : FormParts.InfoAlert("AgendaFlow er ikke usikker på noget, men udvalget tjekker altid før udsendelse.");

        body += "<form method=\"post\" novalidate>\n<fieldset>\n<legend class=\"h2\">Mødet</legend>\n" +
                Field(Date, "Mødedato", "date", meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Unsure("mødedato"), " required") +
                Field(Start, "Starttidspunkt", "time", meeting.Start?.ToString("HH:mm", CultureInfo.InvariantCulture), Unsure("starttidspunkt")) +
                Field(End, "Sluttidspunkt", "time", meeting.End?.ToString("HH:mm", CultureInfo.InvariantCulture), Unsure("sluttidspunkt")) +
                Field(Location, "Mødested", "text", meeting.Location, Unsure("mødested")) +
                "</fieldset>\n";

        var participantsUnsure = Unsure("deltagere");
        body += $"<fieldset id=\"{ParticipantsId}\">\n<legend class=\"h2\">Deltagere ({meeting.Participants.Count})</legend>\n" +
                (participantsUnsure ? $"<p class=\"form-hint\">{UnsureHint}</p>\n" : "") +
                $"<input type=\"hidden\" name=\"{Count}\" value=\"{meeting.Participants.Count}\">\n";
        for (var i = 0; i < meeting.Participants.Count; i++)
        {
            var p = meeting.Participants[i];
            var missing = p.Email is null;
            var addressUnsure = missing || Unsure("e-mailadresser");
            body += $"<fieldset class=\"deltager\">\n<legend class=\"h4\">Deltager {i + 1}: {e(p.Name)}</legend>\n" +
                    Field(Name(i), $"Deltager {i + 1}: navn", "text", p.Name, false, " required autocomplete=\"off\"") +
                    Field(Email(i), $"Deltager {i + 1}: e-mailadresse", "email", p.Email, addressUnsure, " autocomplete=\"off\"",
                        missing ? $"Adressen mangler: {p.Name} får ingen invitation uden en." : null) +
                    FormParts.Checkbox(Remove(i), $"Fjern {p.Name} fra mødet", "ja", Value(Remove(i), null) == "ja") +
                    "</fieldset>\n";
        }

        body += "</fieldset>\n<fieldset>\n<legend class=\"h2\">Tilføj en deltager</legend>\n" +
                Field(NewName, "Ny deltager: navn", "text", null, false, " autocomplete=\"off\"") +
                Field(NewEmail, "Ny deltager: e-mailadresse", "email", null, false, " autocomplete=\"off\"") +
                "</fieldset>\n" + FormParts.Button("Send invitationerne") + "\n</form>\n";
        return PageLayout.Render(Title + ": " + meeting.Title, body);
    }

    public static string Sent(Meeting meeting) =>
        PageLayout.Render("Invitationerne er sendt",
            "<h1>Invitationerne er sendt</h1>\n" +
            FormParts.SuccessAlert($"{meeting.Participants.Count(p => p.Email is not null)} deltagere har fået en invitation til {meeting.Title} " +
                                   $"{DanishText.DateAndTime(meeting.Date, meeting.Start, meeting.End)}" +
                                   (meeting.Location is null ? "." : $", {meeting.Location}.")) +
            "<p>" + HtmlText.Encode($"Rettelsen er gemt med mødet, tjekket af {meeting.CheckedBy}.") +
            " Skal mere rettes, så upload en rettet dagsorden; deltagerne får besked om ændringerne.</p>");

    public static string Superseded(Meeting meeting) => PageLayout.Render(
        "Der er kommet en nyere version",
        "<h1>Der er kommet en nyere version</h1>\n" +
        FormParts.WarningAlert($"Dagsordenen til {meeting.Title} er uploadet igen, efter at dette link blev sendt. " +
                               "Brug linket i den nyeste kvittering; er den nye version sikker, er invitationerne allerede sendt."));

    public static string NotFound() => PageLayout.Render(
        "Linket virker ikke",
        "<h1>Linket virker ikke</h1>\n<p>Linket er ugyldigt eller hører til en dagsorden, der ikke findes mere. " +
        "Upload dagsordenen igen, eller kontakt sekretariatet.</p>");

    /// <summary>The uncertain fields and the participants without an address, as one Danish list.</summary>
    public static IReadOnlyList<string> UnsureList(ChairCheckDecision decision) =>
        [.. decision.UncertainFields, .. decision.WithoutAddress.Select(n => $"e-mailadressen på {n}")];
}
