using System.IO.Compression;
using System.Xml;

namespace AgendaFlow.Core.Agendas;

/// <summary>
/// Sizes a Word package's XML before the Word library builds its tree of it. That tree costs about a kilobyte and a few
/// microseconds per element and is built recursively, so a hundred thousand nested elements or a million runs would take
/// seconds and gigabytes: such a file is refused at once, with the same Danish reasons as HTML, after one streaming read.
/// </summary>
public static class WordBounds
{
    /// <summary>A table in a table in a content control is some 15 levels; a few hundred is no document a person wrote.</summary>
    public const int MaxDepth = MarkupBounds.MaxDepth;

    /// <summary>
    /// Word writes some ten to twenty elements per paragraph (properties, runs, revision marks), so a long agenda of
    /// 2,000 paragraphs has some 40,000; this is half as much again. The Word library's tree is what costs: a package
    /// at this bound is read in about a second, and 100,000 elements took twice that.
    /// </summary>
    public const int MaxElements = 60_000;

    /// <summary>Attribute values (revision ids, styles, links) beyond this are not formatting a person made.</summary>
    private const long MaxAttributeCharacters = 20_000_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>A Danish reason when the package's XML is too deep, too large or too long to read in time; null when it may be read.</summary>
    public static string? Check(byte[] package)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            var budget = new Budget();
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                using var stream = entry.Open();
                if (Measure(stream, budget) is { } reason)
                {
                    return reason;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            return UploadGuard.CorruptReason;
        }
    }

    private static string? Measure(Stream xml, Budget budget)
    {
        using var reader = XmlReader.Create(xml, Settings);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (++budget.Elements > MaxElements)
                    {
                        return MarkupBounds.TooManyTagsReason;
                    }

                    // An empty element does not deepen the tree; Depth counts the open ones above it.
                    if (reader.Depth + 1 > MaxDepth)
                    {
                        return MarkupBounds.TooDeepReason;
                    }

                    for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                    {
                        budget.AttributeCharacters += reader.Value.Length;
                    }

                    if (budget.AttributeCharacters > MaxAttributeCharacters)
                    {
                        return MarkupBounds.TooManyTagsReason;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    // The text is what the parser reads; more than it reads at all is refused before the tree is built.
                    budget.TextCharacters += reader.Value.Length;
                    if (budget.TextCharacters > AgendaTextParser.MaxTextCharacters * 11L / 10)
                    {
                        return AgendaTextParser.TooLongReason;
                    }

                    break;
            }
        }

        return null;
    }

    private sealed class Budget
    {
        public int Elements { get; set; }

        public long TextCharacters { get; set; }

        public long AttributeCharacters { get; set; }
    }
}
