namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>
/// A participant whose address matches the name, so the parser has nothing to doubt, and yet new for each test: the
/// tests of a collection share one set of mail servers, and a fixed address would collect another test's mail.
/// </summary>
internal static class MatchingPerson
{
    public static (string Name, string Address) New(string first, string last)
    {
        var surname = last + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));
        return ($"{first} {surname}", $"{first}.{surname}@{MailServers.Domain}".ToLowerInvariant());
    }
}
