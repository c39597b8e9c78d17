namespace AgendaFlow.Core.Agendas;

/// <summary>
/// One block of text as every reader hands it to the parser, so that the interpretation of
/// agendas is written once for Word, HTML, Markdown and plain text.
/// </summary>
/// <param name="Text">Visible text; organisation markers (underlined group names) are kept as
/// <see cref="OrganisationMarker.Open"/>…<see cref="OrganisationMarker.Close"/>.</param>
/// <param name="HeadingLevel">0 for body text, 1-6 for headings.</param>
/// <param name="IsBold">The whole block is bold, which authors use as a heading.</param>
public sealed record SourceLine(string Text, int HeadingLevel = 0, bool IsBold = false)
{
    public bool IsHeadingLike => HeadingLevel > 0 || IsBold;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public static readonly SourceLine Blank = new(string.Empty);
}

/// <summary>Underlined text in a participant list names the organisation of the people after it.</summary>
public static class OrganisationMarker
{
    public const char Open = '\u0001';
    public const char Close = '\u0002';

    private static readonly string OpenText = Open.ToString();
    private static readonly string CloseText = Close.ToString();

    /// <summary>The text without markers; most lines have none, and those come back as they are, without a copy.</summary>
    public static string Strip(string text) =>
        text.AsSpan().ContainsAny(Open, Close) ? text.Replace(OpenText, string.Empty, StringComparison.Ordinal).Replace(CloseText, string.Empty, StringComparison.Ordinal) : text;
}
