using AgendaFlow.Core.Invitations;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// The pages behind a personal link (<c>/api/rsvp/{token}</c>, <c>/api/tjek/{token}</c>): the token is read from the
/// route and looked up by the page's own store. A link that is malformed and one that is unknown get the same
/// answer, the page's own "Linket virker ikke" with 404, so the pages tell nobody which tokens exist.
/// </summary>
public static class PersonalLink
{
    /// <summary>
    /// Looked up in place of a malformed token: '0' and '1' are outside the tokens' alphabet, so no link was ever made
    /// with it. A malformed link then costs the same storage lookup as an unknown one, and is answered as late.
    /// </summary>
    private static readonly ReplyToken NeverIssued = new("00000000000000000000");

    public static async Task<(ReplyToken Token, T Found)?> FindAsync<T>(
        HttpCall call, Func<ReplyToken, CancellationToken, Task<T?>> find, CancellationToken cancellationToken)
        where T : class
    {
        var wellFormed = ReplyToken.TryParse(call.RouteValues.GetValueOrDefault("token"), out var token);
        var found = await find(wellFormed ? token : NeverIssued, cancellationToken);
        return wellFormed && found is not null ? (token, found) : null;
    }

    public static HttpAnswer Unknown(string notFoundPage) => HttpAnswer.Html(notFoundPage, 404);
}
