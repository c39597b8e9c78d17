namespace AgendaFlow.Storage;

/// <summary>
/// Table keys may not contain '/', '\', '#', '?' or control characters, and blob names often contain '/'.
/// Percent-encoding keeps keys readable in Storage Explorer and reversible.
/// </summary>
public static class TableKey
{
    public static string Escape(string value) => Uri.EscapeDataString(value);

    public static string Unescape(string key) => Uri.UnescapeDataString(key);
}
