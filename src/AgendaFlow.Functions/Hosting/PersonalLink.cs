using AgendaFlow.Core.Invitations;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// The pages behind a personal link (<c>/api/rsvp/{token}</c>, <c>/api/tjek/{token}</c>): the token is read from the
/// route and looked up by the page's own store. A link that is malformed and one that is unknown get the same
/// answer, the page's own "Linket virker ikke" with 404, so the pages tell nobody which tokens exist.
/// </summary>
public static class PersonalLink
{
    public static async Task<(ReplyToken Token, T Found)?> FindAsync<T>(
        HttpCall call, Func<ReplyToken, CancellationToken, Task<T?>> find, CancellationToken cancellationToken)
        where T : class =>
        ReplyToken.TryParse(call.RouteValues.GetValueOrDefault("token"), out var token) && await find(token, cancellationToken) is { } found
            ? (token, found)
            : null;

    public static HttpAnswer Unknown(string notFoundPage) => HttpAnswer.Html(notFoundPage, 404);
}
