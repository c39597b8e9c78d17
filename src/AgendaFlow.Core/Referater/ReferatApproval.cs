using System.Globalization;
using System.Text.RegularExpressions;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Referater;

/// <summary>Whether a referat may be published, and from when.</summary>
/// <param name="Approved">The secretariat has approved it.</param>
/// <param name="PublishNotBefore">The earliest moment it may go out; null means as soon as it is approved.</param>
/// <param name="Reason">In Danish, for logs and the secretariat: why it is or is not publishable.</param>
/// <param name="ApprovedOn">The day a <c>Godkendt: DATO</c> line or metadata names, shown on the page; null for a plain yes.</param>
public sealed record ReferatApprovalState(bool Approved, DateTimeOffset? PublishNotBefore, string Reason, DateOnly? ApprovedOn = null)
{
    public bool IsPublishableAt(DateTimeOffset now) => Approved && (PublishNotBefore is not { } notBefore || now >= notBefore);
}

/// <summary>
/// The approval rule (see README.md in this folder): a line in the referat's header,
/// <c>Godkendt: ja</c> or <c>Godkendt: 15. december 2026</c> / <c>Godkendt: 2026-12-15</c> (approved, published from
/// that day, 00:00 Copenhagen time), and optionally <c>Offentliggøres: 2026-12-20</c>. The same can be said in the
/// blob's metadata, <c>approved=true</c> and <c>publishnotbefore=2026-12-20</c> (or an ISO instant). A "nej"/"false"
/// in either place wins over a yes: withholding is always safe. Pure: no clock, no I/O.
/// </summary>
public static partial class ReferatApproval
{
    /// <summary>How many lines from the top of the document count as its header.</summary>
    public const int HeaderLines = 60;

    /// <summary>From the uploaded file's bytes (Word, Markdown, text, HTML) and the blob's metadata.</summary>
    public static ReferatApprovalState Read(byte[] content, string fileName, IReadOnlyDictionary<string, string>? metadata = null)
    {
        IReadOnlyList<string> lines;
        try
        {
            lines = Lines(content, fileName);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or FormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException or IOException or ArgumentException)
        {
            lines = [];
        }

        return Read(lines, metadata);
    }

    /// <summary>From the document's text and the blob's metadata.</summary>
    public static ReferatApprovalState Read(string? text, IReadOnlyDictionary<string, string>? metadata = null) =>
        Read(text is null ? [] : text.ReplaceLineEndings("\n").Split('\n'), metadata);

    public static ReferatApprovalState Read(IEnumerable<string> documentLines, IReadOnlyDictionary<string, string>? metadata = null)
    {
        bool? approved = null;
        DateTimeOffset? notBefore = null;
        DateTimeOffset? approvedOn = null;
        var sources = new List<string>();
        foreach (var raw in documentLines.Take(HeaderLines))
        {
            var line = InlineHtml.ToText(raw).Replace("*", string.Empty, StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal).Replace('\t', ' ').Trim().TrimStart('#', '>', '-', ' ');
            if (ApprovedLine().Match(line) is { Success: true } a && approved is not false)
            {
                (var yes, var date) = Value(a.Groups["value"].Value);
                approved = yes;
                notBefore = Later(notBefore, date);
                approvedOn = Later(approvedOn, date);
                sources.Add($"\"{line}\" i dokumentet");
            }
            else if (PublishLine().Match(line) is { Success: true } p && Value(p.Groups["value"].Value).Date is { } when)
            {
                notBefore = Later(notBefore, when);
                sources.Add($"\"{line}\" i dokumentet");
            }
        }

        if (metadata is not null)
        {
            foreach (var (key, value) in metadata)
            {
                var k = key.Trim().ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
                if (k is "approved" or "godkendt")
                {
                    var (yes, date) = Value(value);
                    approved = approved is false ? false : yes;
                    notBefore = Later(notBefore, date);
                    approvedOn = Later(approvedOn, date);
                    sources.Add($"metadata {key}={value}");
                }
                else if (k is "publishnotbefore" or "offentliggoeres" or "offentliggøres" && Value(value).Date is { } when)
                {
                    notBefore = Later(notBefore, when);
                    sources.Add($"metadata {key}={value}");
                }
            }
        }

        if (approved is true)
        {
            return new ReferatApprovalState(true, notBefore, $"Godkendt ({string.Join("; ", sources)}).", approvedOn is { } on ? CopenhagenTime.DateOf(on) : null);
        }

        return new ReferatApprovalState(false, notBefore, approved is false
            ? $"Ikke godkendt ({string.Join("; ", sources)})."
            : "Ikke godkendt: referatet har ingen linje \"Godkendt: ja\" eller \"Godkendt: DATO\" øverst, og blobben har ingen metadata approved=true.");
    }

    private static IReadOnlyList<string> Lines(byte[] content, string fileName)
    {
        if (content.Length >= 4 && content[0] == 'P' && content[1] == 'K')
        {
            return WordReader.Read(new MemoryStream(content, writable: false)).Select(l => l.Text).ToList();
        }

        if (TextDecoding.LooksBinary(content))
        {
            return [];
        }

        var text = TextDecoding.Decode(content);
        var lines = AgendaFileTypes.IsHtml(fileName) ? HtmlReader.Read(text) : PlainTextReader.Read(text);
        return lines.Select(l => l.Text).ToList();
    }

    /// <summary>"ja"/"true" → yes; "nej"/"false" → no; a date → yes from that day; anything else → no.</summary>
    private static (bool Yes, DateTimeOffset? Date) Value(string raw)
    {
        var v = raw.Trim().TrimEnd('.').Trim();
        var lower = v.ToLowerInvariant();
        if (lower is "ja" or "true" or "yes" or "1" or "godkendt" or "x")
        {
            return (true, null);
        }

        if (lower.Length == 0 || lower.StartsWith("nej", StringComparison.Ordinal) || lower is "false" or "no" or "0" || lower.StartsWith("ikke", StringComparison.Ordinal))
        {
            return (false, null);
        }

        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && v.Contains('T', StringComparison.Ordinal))
        {
            return (true, instant);
        }

        DateOnly? day = DateOnly.TryParseExact(v, ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "d.M.yyyy", "dd.MM.yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
            ? exact
            : DanishDates.FindDate(v);
        if (day is { } d)
        {
            return (true, CopenhagenTime.At(d, TimeOnly.MinValue));
        }

        return (false, null);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => (a, b) switch
    {
        ({ } x, { } y) => x > y ? x : y,
        _ => a ?? b,
    };

    [GeneratedRegex(@"^(?:referatet\s+er\s+)?godkendt(?:\s+den|\s+dato)?\s*[:\-–]\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ApprovedLine();

    [GeneratedRegex(@"^(?:offentliggøres|offentliggøres fra|publiceres|publiceres fra|offentliggørelse)\s*[:\-–]\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PublishLine();
}
