using MimeKit;
using MimeKit.Text;

namespace AgendaFlow.Core.Replies;

/// <summary>The text a person reads in a reply: the plain-text body, or the HTML body as text when there is no plain one.</summary>
public static class ReplyBody
{
    public static string TextOf(MimeMessage message)
    {
        LegacyCharsets.EnsureRegistered();
        var plain = message.GetTextBody(TextFormat.Plain);
        if (!string.IsNullOrWhiteSpace(plain))
        {
            return plain;
        }

        var html = message.HtmlBody;
        return string.IsNullOrWhiteSpace(html) ? string.Empty : HtmlText.ToPlainText(html);
    }
}
