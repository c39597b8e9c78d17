namespace AgendaFlow.Core.Agendas;

/// <summary>Plain text: one line per line; tab-separated header cells stay on their line.</summary>
public static class PlainTextReader
{
    public static IReadOnlyList<SourceLine> Read(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => new SourceLine(l.Replace('\u00A0', ' ').TrimEnd())).ToList();
}
