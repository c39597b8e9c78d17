using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Cli;

/// <summary>The JSON contract of `parse --json` (the shape of the corpus' *.expected.json files).</summary>
internal static class ParseJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Danish letters and e-mail addresses stay readable for people diffing the output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AgendaDocument d)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("kind", d.Kind == DocumentKind.Minutes ? "minutes" : "agenda");
            w.WriteString("title", d.Title);
            WriteNullable(w, "date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteNullable(w, "start", Time(d.Start));
            WriteNullable(w, "end", Time(d.End));
            WriteNullable(w, "location", d.Location);
            WriteStrings(w, "chairs", d.Chairs);
            WriteStrings(w, "minuteTakers", d.MinuteTakers);
            WritePeople(w, "participants", d.Participants);
            WritePeople(w, "guests", d.Guests);
            w.WriteStartArray("absent");
            foreach (var a in d.Absent)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                WriteIfPresent(w, "title", a.Title);
                WriteIfPresent(w, "organisation", a.Organisation);
                WriteIfPresent(w, "email", a.Email);
                WriteIfPresent(w, "substitute", a.Substitute);
                if (!a.SentApologies)
                {
                    w.WriteBoolean("sentApologies", false);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("items");
            foreach (var item in d.Items)
            {
                w.WriteStartObject();
                w.WriteString("number", item.Number);
                w.WriteString("title", item.Title);
                WriteNullable(w, "start", Time(item.Start));
                WriteNullable(w, "end", Time(item.End));
                WriteStrings(w, "presenters", item.Presenters);
                WriteIfPresent(w, "caseNumber", item.CaseNumber);
                WriteIfPresent(w, "status", item.Status);
                WriteIfPresent(w, "decision", item.Decision);
                WriteStrings(w, "attachments", item.Attachments);
                WriteStrings(w, "notPresent", item.NotPresentForItem);
                w.WriteStartArray("sections");
                foreach (var s in item.Sections)
                {
                    w.WriteStartObject();
                    w.WriteString("heading", s.Heading);
                    w.WriteString("text", s.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            // Breaks between the items ("Pause kl. 14.20-14.30"): not items, so apart from them, each after the item it follows.
            w.WriteStartArray("breaks");
            foreach (var pause in d.Breaks)
            {
                w.WriteStartObject();
                w.WriteString("title", pause.Title);
                WriteNullable(w, "start", Time(pause.Start));
                WriteNullable(w, "end", Time(pause.End));
                WriteNullable(w, "afterItem", pause.AfterItem);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (d.Review.Count > 0)
            {
                // The fields the parser is not sure of: a person checks them before invitations go out.
                WriteStrings(w, "review", d.Review);
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Time(TimeOnly? t) => t?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WritePeople(Utf8JsonWriter w, string name, IEnumerable<Person> people)
    {
        w.WriteStartArray(name);
        foreach (var p in people)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            WriteIfPresent(w, "title", p.Title);
            WriteIfPresent(w, "organisation", p.Organisation);
            WriteIfPresent(w, "email", p.Email);
            WriteIfPresent(w, "role", p.Role);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
