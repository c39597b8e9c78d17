using System.Collections.Concurrent;
using System.Diagnostics;
using AgendaFlow.Integration.Tests.Infrastructure;

namespace AgendaFlow.Integration.Tests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class RequestTelemetryTests(Azurite azurite)
{
    [Fact]
    public async Task The_request_spans_exported_to_Application_Insights_carry_no_token_and_no_key()
    {
        const string token = "abcdefghijklmnopqrst";
        const string key = "noeglen-i-telemetrien";
        var tags = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                foreach (var tag in activity.TagObjects)
                {
                    tags.Add($"{tag.Key}={tag.Value}");
                }

                tags.Add(activity.DisplayName);
            },
        };
        ActivitySource.AddActivityListener(listener);
        // The console exporter switches the same tracing on that Application Insights gets.
        await using var app = await RunningApp.StandaloneAsync(azurite, ("AgendaFlow__Telemetry__Console", "true"), ("AgendaFlow__SecretariatKey", key));

        await app.Client.GetAsync($"/api/rsvp/{token}?svar=afbud");
        await app.Client.GetAsync($"/api/oversigt?noegle={key}");
        await Task.Delay(500);

        var all = string.Join("\n", tags);
        Assert.Contains("url.path=/api/rsvp/#", all);
        Assert.Contains("url.query=noegle=#", all);
        Assert.DoesNotContain(token, all);
        Assert.DoesNotContain(key, all);
    }
}
