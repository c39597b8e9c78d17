using System.Globalization;
using System.Text.Json;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// The agendas-wide set: every critical field (kind, date, start, end, location, participants, addresses) is right,
/// or the parser lists it under review, so that a person is asked instead of a committee being invited wrongly.
/// </summary>
public class WideCorpusTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "corpus", "agendas-wide");

    public static TheoryData<string> Documents() =>
        new(Directory.GetFiles(Folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_wide_document_has_its_critical_fields_right_or_under_review(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, null) + ".expected.json"));
        var gold = expected.RootElement;
        var outcome = AgendaFileParser.Parse(File.ReadAllBytes(path), fileName);
        if (gold.TryGetProperty("reject", out var reject) && reject.GetBoolean())
        {
            Assert.False(string.IsNullOrWhiteSpace(Assert.IsType<ParseOutcome.Rejected>(outcome).Reason));
            return;
        }

        var document = Assert.IsType<ParseOutcome.Parsed>(outcome).Document;
        var wrong = new List<string>();
        void Check(string field, bool right)
        {
            if (!right && !document.Review.Contains(field))
            {
                wrong.Add(field);
            }
        }

        Check(ReviewField.Kind, gold.GetProperty("kind").GetString() == (document.Kind == DocumentKind.Minutes ? "minutes" : "agenda"));
        Check(ReviewField.Date, gold.GetProperty("date").GetString() == document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Check(ReviewField.Start, Nullable(gold, "start") is not { } start || start == Time(document.Start));
        Check(ReviewField.End, Nullable(gold, "end") is not { } end || end == Time(document.End));
        Check(ReviewField.Location, Nullable(gold, "location") is not { } location || location == document.Location);
        Check(ReviewField.Participants, Names(gold.GetProperty("participants")).SetEquals(document.Participants.Select(p => p.Name)));
        var goldEmails = gold.GetProperty("participants").EnumerateArray().Concat(gold.GetProperty("absent").EnumerateArray())
            .Where(p => p.TryGetProperty("email", out _)).Select(p => $"{p.GetProperty("name").GetString()} {p.GetProperty("email").GetString()}".ToLowerInvariant()).ToHashSet();
        var emails = document.Participants.Select(p => (p.Name, p.Email)).Concat(document.Absent.Select(a => (a.Name, a.Email)))
            .Where(p => p.Email is not null).Select(p => $"{p.Name} {p.Email}".ToLowerInvariant());
        Check(ReviewField.Emails, goldEmails.Count == 0 || goldEmails.SetEquals(emails));

        Assert.True(wrong.Count == 0, $"{fileName}: wrong and not under review: {string.Join(", ", wrong)}");
    }

    private static string? Nullable(JsonElement gold, string name) =>
        gold.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Time(TimeOnly? t) => t?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static HashSet<string> Names(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).Where(n => !n.Contains("vakant", StringComparison.OrdinalIgnoreCase)).ToHashSet();
}
