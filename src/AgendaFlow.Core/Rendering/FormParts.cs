namespace AgendaFlow.Core.Rendering;

/// <summary>
/// DKFDS's form pieces as the pages use them: a text field in its form group (with the error in DKFDS's error style,
/// the field named, tied to the field by aria-describedby), buttons, and alerts.
/// </summary>
public static class FormParts
{
    /// <param name="error">The refusal for this field; shown above it and marks the group as in error.</param>
    public static string TextField(string id, string label, string type = "text", string? value = null, string? error = null, string attributes = "")
    {
        var e = HtmlText.Encode;
        return $"<div class=\"form-group{(error is null ? "" : " form-error")}\">\n" +
               $"<label class=\"form-label\" for=\"{id}\">{e(label)}</label>\n" +
               (error is null ? "" : $"<span class=\"form-error-message\" id=\"{id}-error\"><span class=\"sr-only\">Fejl: </span>{e(error)}</span>\n") +
               $"<input class=\"form-input\" type=\"{type}\" id=\"{id}\" name=\"{id}\"{(value is null ? "" : $" value=\"{e(value)}\"")}" +
               $"{(error is null ? "" : $" aria-describedby=\"{id}-error\" aria-invalid=\"true\"")}{attributes}>\n</div>\n";
    }

    public static string Button(string text, string? name = null, string? value = null, bool primary = true) =>
        $"<button class=\"button {(primary ? "button-primary" : "button-secondary")}\"" +
        (name is null ? "" : $" name=\"{HtmlText.Encode(name)}\" value=\"{HtmlText.Encode(value ?? "")}\"") + $">{HtmlText.Encode(text)}</button>";

    /// <summary>An error the page could not tie to one field, or a summary of one that it could.</summary>
    public static string ErrorAlert(string text) => Alert("error", text, "role=\"alert\"");

    /// <summary>What just happened (an answer recorded, the invitations sent).</summary>
    public static string SuccessAlert(string text) => Alert("success", text, "role=\"status\"");

    public static string InfoAlert(string text) => Alert("info", text, "");

    private static string Alert(string variant, string text, string role) =>
        $"<div class=\"alert alert-{variant}\"{(role.Length == 0 ? "" : " " + role)}>\n<div class=\"alert-body\">\n" +
        $"<p class=\"alert-text\">{HtmlText.Encode(text)}</p>\n</div>\n</div>\n";
}
