using System.Text;

namespace AgendaFlow.Core.Replies;

/// <summary>
/// Without the code-page provider .NET knows no windows-1252, and MimeKit falls back to iso-8859-1:
/// "–", "’" and "€" from Outlook mail would turn into control characters. Called before any text is decoded.
/// </summary>
internal static class LegacyCharsets
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static void EnsureRegistered() => _ = Registered.Value;
}
