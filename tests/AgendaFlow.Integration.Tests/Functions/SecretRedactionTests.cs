using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Integration.Tests.Functions;

public sealed class SecretRedactionTests
{
    [Theory]
    [InlineData("/api/rsvp/abcdefghijklmnopqrst", "abcdefghijklmnopqrst")]
    [InlineData("/api/tjek/abcdefghijklmnopqrst", "abcdefghijklmnopqrst")]
    [InlineData("/api/RSVP/abcdefghijklmnopqrst/mere", "abcdefghijklmnopqrst")]
    public void A_token_in_the_path_becomes_a_short_hash_that_is_the_same_for_the_same_token(string path, string token)
    {
        var redacted = SecretRedaction.Path(path);

        Assert.DoesNotContain(token, redacted);
        Assert.Matches("^/api/(rsvp|tjek|RSVP)/#[0-9a-f]{8}", redacted);
        Assert.Equal(redacted, SecretRedaction.Path(path));
        Assert.NotEqual(redacted, SecretRedaction.Path(path.Replace(token, "bcdefghijklmnopqrsta")));
    }

    [Theory]
    [InlineData("?noegle=hemmelig&svar=afbud", "hemmelig")]
    [InlineData("?svar=afbud&NOEGLE=hemmelig%20n%C3%B8gle", "hemmelig")]
    [InlineData("?code=funktionsnoegle", "funktionsnoegle")]
    public void A_secret_in_the_query_becomes_a_short_hash_and_other_values_stay(string query, string secret)
    {
        var redacted = SecretRedaction.Query(query);

        Assert.DoesNotContain(secret, redacted);
        Assert.Contains("=#", redacted);
        Assert.StartsWith("?", redacted);
        if (query.Contains("svar=afbud"))
        {
            Assert.Contains("svar=afbud", redacted);
        }
    }

    [Theory]
    [InlineData("/api/oversigt/sundhed-2026-12-17")]
    [InlineData("/api/uploads")]
    [InlineData("/admin/functions/AgendaUploaded")]
    public void Other_addresses_are_kept_as_they_are(string path)
    {
        Assert.Equal(path, SecretRedaction.Path(path));
    }
}
