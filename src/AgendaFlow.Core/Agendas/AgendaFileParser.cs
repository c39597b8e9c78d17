namespace AgendaFlow.Core.Agendas;

/// <summary>
/// The entry point: bytes and a file name in, a parsed document or a Danish reason out.
/// Never throws; the caller (upload function, CLI) does the file I/O.
/// </summary>
public static partial class AgendaFileParser
{
    public static ParseOutcome Parse(Stream content, string fileName)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > UploadGuard.MaxFileBytes)
                {
                    return new ParseOutcome.Rejected(UploadGuard.CheckSize(buffer.Length)!);
                }
            }

            return Parse(buffer.ToArray(), fileName);
        }
        catch (IOException)
        {
            return new ParseOutcome.Rejected("Filen kunne ikke læses.");
        }
    }

    public static ParseOutcome Parse(byte[] bytes, string fileName)
    {
        if (UploadGuard.CheckSize(bytes.LongLength) is { } sizeReason)
        {
            return new ParseOutcome.Rejected(sizeReason);
        }

        try
        {
            var lines = ReadLines(bytes, fileName, out var reason);
            return lines is null ? new ParseOutcome.Rejected(reason!) : AgendaTextParser.Parse(lines, Path.GetFileName(fileName));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return new ParseOutcome.Rejected("Dokumentet er for uoverskueligt til at blive læst automatisk. Kontakt sekretariatet.");
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or FormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or NotSupportedException or IOException)
        {
            return new ParseOutcome.Rejected(UploadGuard.CorruptReason);
        }
#pragma warning disable CA1031 // The contract is a reason for every input, never an exception; an unforeseen failure is still a reason.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new ParseOutcome.Rejected("Filen kunne ikke læses som dagsorden. Gem den igen (fx som .docx) og upload den på ny, eller kontakt sekretariatet.");
        }
    }

    private static IReadOnlyList<SourceLine>? ReadLines(byte[] bytes, string fileName, out string? reason)
    {
        reason = null;
        if (AgendaFileTypes.HasMacros(fileName))
        {
            reason = UploadGuard.MacroReason;
            return null;
        }

        if (UploadGuard.IsOleContainer(bytes))
        {
            reason = UploadGuard.ReasonForOleContainer(bytes);
            return null;
        }

        if (bytes.AsSpan().StartsWith("%PDF"u8))
        {
            reason = "PDF-filer kan ikke læses. Upload dagsordenen som Word-dokument (.docx), HTML, Markdown eller tekst.";
            return null;
        }

        if (UploadGuard.IsZip(bytes) || AgendaFileTypes.IsWord(fileName))
        {
            if (!UploadGuard.IsZip(bytes))
            {
                reason = UploadGuard.CorruptReason;
                return null;
            }

            reason = UploadGuard.CheckWordPackage(bytes, fileName) ?? WordBounds.Check(bytes);
            return reason is null ? WordReader.Read(new MemoryStream(bytes, writable: false)) : null;
        }

        if (AgendaFileTypes.IsUnreadable(fileName))
        {
            reason = $"Filtypen {AgendaFileTypes.Extension(fileName)} kan ikke læses. Upload dagsordenen som Word-dokument (.docx), HTML, Markdown eller tekst.";
            return null;
        }

        if (TextDecoding.LooksBinary(bytes))
        {
            reason = "Filen er ikke et tekstdokument og kan ikke læses. Upload dagsordenen som Word-dokument (.docx), HTML, Markdown eller tekst.";
            return null;
        }

        // The text is decoded into a pooled buffer and its lines are cut straight out of it: only HTML needs it as one string.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(TextDecoding.MaxCharCount(bytes.Length));
        try
        {
            ReadOnlySpan<char> text = buffer.AsSpan(0, TextDecoding.Decode(bytes, buffer));
            if (AgendaFileTypes.IsHtml(fileName) || (!AgendaFileTypes.IsMarkdown(fileName) && LooksLikeHtmlDocument(text)))
            {
                reason = MarkupBounds.Check(text);
                return reason is null ? HtmlReader.Read(text.ToString()) : null;
            }

            reason = MarkupBounds.CheckText(text);
            if (reason is not null)
            {
                return null;
            }

            return AgendaFileTypes.IsMarkdown(fileName) || LooksLikeMarkdown(text) ? MarkdownReader.Read(text) : PlainTextReader.Read(text);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Markdown saved as .txt: a few "#" headings or wholly bold lines give it away.</summary>
    private static bool LooksLikeMarkdown(ReadOnlySpan<char> text) => MarkdownHints().Count(text) >= 2;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:#{1,6}\s+\S|\*\*[^*\n]{3,}\*\*\s*$)", System.Text.RegularExpressions.RegexOptions.Multiline, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex MarkdownHints();

    private static bool LooksLikeHtmlDocument(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
