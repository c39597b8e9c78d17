namespace AgendaFlow.Core.Rendering;

/// <summary>
/// DKFDS's form pieces as the pages use them: a text field in its form group (a hint, and the error in DKFDS's error
/// style, both tied to the field by aria-describedby), a checkbox, buttons, alerts, and the error summary that names
/// the refused field and links to it.
/// </summary>
public static class FormParts
{
    /// <param name="error">The refusal for this field; shown above it and marks the group as in error.</param>
    /// <param name="hint">A line under the label (why the field needs a look); <paramref name="inputClass"/> styles the input itself.</param>
    public static string TextField(string id, string label, string type = "text", string? value = null, string? error = null, string attributes = "",
        string? hint = null, string? inputClass = null)
    {
        var e = HtmlText.Encode;
        var describedBy = string.Join(' ', new[] { hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.OfType<string>());
        return $"<div class=\"form-group{(error is null ? "" : " form-error")}\">\n" +
               $"<label class=\"form-label\" for=\"{id}\">{e(label)}</label>\n" +
               (hint is null ? "" : $"<span class=\"form-hint\" id=\"{id}-hint\">{e(hint)}</span>\n") +
               (error is null ? "" : $"<span class=\"form-error-message\" id=\"{id}-error\"><span class=\"sr-only\">Fejl: </span>{e(error)}</span>\n") +
               $"<input type=\"{type}\" id=\"{id}\" name=\"{id}\"{(value is null ? "" : $" value=\"{e(value)}\"")} class=\"form-input{(inputClass is null ? "" : " " + inputClass)}\"" +
               (describedBy.Length == 0 ? "" : $" aria-describedby=\"{describedBy}\"") + (error is null ? "" : " aria-invalid=\"true\"") + $"{attributes}>\n</div>\n";
    }

    public static string Checkbox(string id, string label, string value, bool isChecked) =>
        $"<div class=\"form-group-checkbox\">\n<input type=\"checkbox\" class=\"form-checkbox\" id=\"{id}\" name=\"{id}\" value=\"{HtmlText.Encode(value)}\"{(isChecked ? " checked" : "")}>\n" +
        $"<label class=\"form-label\" for=\"{id}\">{HtmlText.Encode(label)}</label>\n</div>\n";

    public static string Button(string text, string? name = null, string? value = null, bool primary = true) =>
        $"<button class=\"button {(primary ? "button-primary" : "button-secondary")}\"" +
        (name is null ? "" : $" name=\"{HtmlText.Encode(name)}\" value=\"{HtmlText.Encode(value ?? "")}\"") + $">{HtmlText.Encode(text)}</button>";

    /// <summary>An error the page could not tie to one field, or a summary of one that it could.</summary>
    public static string ErrorAlert(string text) => Alert("error", text, "role=\"alert\"");

    /// <summary>DKFDS's error summary above a form: the refused field by name, linked to the field, and why.</summary>
    public static string ErrorSummary(string fieldId, string fieldName, string reason) =>
        "<div class=\"alert alert-error\" role=\"alert\">\n<div class=\"alert-body\">\n<p class=\"alert-heading\">Der er en fejl i formularen</p>\n" +
        $"<p class=\"alert-text\"><a href=\"#{HtmlText.Encode(fieldId)}\">{HtmlText.Encode(fieldName)}</a>: {HtmlText.Encode(reason)}</p>\n</div>\n</div>\n";

    /// <summary>What just happened (an answer recorded, the invitations sent).</summary>
    public static string SuccessAlert(string text) => Alert("success", text, "role=\"status\"");

    public static string InfoAlert(string text) => Alert("info", text, "");

    /// <summary>Something to look at before going on (fields AgendaFlow is unsure of), announced as status.</summary>
    public static string WarningAlert(string text) => Alert("warning", text, "role=\"status\"");

    private static string Alert(string variant, string text, string role) =>
        $"<div class=\"alert alert-{variant}\"{(role.Length == 0 ? "" : " " + role)}>\n<div class=\"alert-body\">\n" +
        $"<p class=\"alert-text\">{HtmlText.Encode(text)}</p>\n</div>\n</div>\n";
}
