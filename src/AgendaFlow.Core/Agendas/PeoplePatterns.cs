using System.Text.RegularExpressions;

namespace AgendaFlow.Core.Agendas;

/// <summary>The patterns the people reader uses.</summary>
public static partial class PeopleParser
{
    [GeneratedRegex(@"<?(?:mailto:)?\b([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\b>?", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    public static partial Regex EmailPattern();

    [GeneratedRegex(@"\(([^()]*)\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ParenthesisedNote();

    [GeneratedRegex(@"(?:(?:tlf|telefon|mobil|mob|tel)\.?:?\s*)?(?:/\s*)?\+?\d[\d ]{6,}\d", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*[,;]\s*|\s+[–—-]\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:[-*+•·▪–]\s+|\d{1,3}[.)]\s+(?=\p{Lu}))", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:(?:e-?mail|mail|mailadresse|e-mailadresse)\s*:?\s*)?[(<\[]?(?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[)>\]]?[.;,]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AddressLine();

    // "Anne Test –" once the address after the dash is gone.
    [GeneratedRegex(@"\s+[–—-]+\s*(?=[,;]|$)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DanglingDash();

    [GeneratedRegex(@"^(?:[\s,;]*(?:og|and|&)\s+|[\s,;]+)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"(?<![\w.+'-])@(?=\p{Lu})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<![\w.])(?:Dr|Prof|Mr|Mrs|Ms)\.\s+(?=\p{Lu})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?<group>\p{Lu}[\p{L}\- ]{1,40}?)\s*:\s+(?<rest>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex GroupPrefix();

    [GeneratedRegex(@"(?:ig|ende|isk|lig|et|el|al|ær)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex AdjectiveEnding();
}
