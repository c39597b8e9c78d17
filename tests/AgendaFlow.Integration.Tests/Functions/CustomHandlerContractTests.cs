using System.Net;
using System.Text.Json;
using AgendaFlow.Integration.Tests.Infrastructure;

namespace AgendaFlow.Integration.Tests.Functions;

/// <summary>
/// The app under the Functions host: the host POSTs each invocation to /{FunctionName} with the payload shapes
/// below (copied from what the host sends) and reads Outputs, Logs and ReturnValue from the answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CustomHandlerContractTests(Azurite azurite)
{
    private readonly StorageProbe _storage = new(azurite);

    [Fact]
    public async Task A_blob_trigger_invocation_records_the_agenda_and_answers_with_logs()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);
        var name = $"sundhed/{Guid.NewGuid():N}.md";
        await _storage.UploadAgendaAsync(name, $"# Dagsorden {name}\n", uploader: "formand@region.example");
        var payload = $$"""
            {
              "Data": { "blob": "IyBEYWdzb3JkZW4K" },
              "Metadata": {
                "name": "{{name}}",
                "Uri": "http://127.0.0.1:{{azurite.BlobPort}}/devstoreaccount1/agendas/{{name}}",
                "Properties": { "ContentType": "text/markdown", "Length": 12 },
                "Metadata": { "uploader": "formand@region.example" },
                "sys": { "MethodName": "AgendaUploaded", "UtcNow": "2026-11-25T10:00:00Z", "RandGuid": "{{Guid.NewGuid()}}" }
              }
            }
            """;

        var answer = await PostAsync(app, "AgendaUploaded", payload);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(answer.Logs, l => l.Contains($"Agenda {name} recorded"));
        Assert.Equal(JsonValueKind.Null, answer.Body.GetProperty("ReturnValue").ValueKind);
        Assert.Single(await _storage.UploadRecordsForAsync(name));
    }

    [Fact]
    public async Task A_blob_trigger_delivered_twice_is_recorded_once()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);
        var name = $"{Guid.NewGuid():N}.txt";
        await _storage.UploadAgendaAsync(name, $"Dagsorden {name}\n");
        var payload = $$"""{ "Data": { "blob": "" }, "Metadata": { "name": "{{name}}" } }""";

        var first = await PostAsync(app, "AgendaUploaded", payload);
        var second = await PostAsync(app, "AgendaUploaded", payload);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains(second.Logs, l => l.Contains($"Agenda {name} already recorded"));
        Assert.Single(await _storage.UploadRecordsForAsync(name));
    }

    [Fact]
    public async Task A_blob_trigger_payload_without_a_name_is_a_failed_invocation_that_says_why()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);

        var answer = await PostAsync(app, "AgendaUploaded", """{ "Data": { "blob": "" }, "Metadata": {} }""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(answer.Logs, l => l.Contains("Metadata.name"));
    }

    [Fact]
    public async Task A_timer_trigger_invocation_runs_the_timer_function()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);
        const string payload = """
            {
              "Data": {
                "timer": {
                  "Schedule": { "AdjustForDST": true },
                  "ScheduleStatus": { "Last": "2026-11-25T09:50:00+00:00", "Next": "2026-11-25T10:00:00+00:00", "LastUpdated": "2026-11-25T09:50:00+00:00" },
                  "IsPastDue": false
                }
              },
              "Metadata": { "sys": { "MethodName": "ReconcileAgendas", "UtcNow": "2026-11-25T10:00:00Z", "RandGuid": "0f5a6d4e-2a43-4f2e-9d4b-4f0b3f1d2c11" } }
            }
            """;

        var answer = await PostAsync(app, "ReconcileAgendas", payload);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(answer.Logs, l => l.Contains("ReconcileAgendas found"));
    }

    [Fact]
    public async Task An_http_trigger_invocation_answers_in_outputs_res()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);
        var name = $"{Guid.NewGuid():N}.md";
        await _storage.UploadAgendaAsync(name, $"# Dagsorden {name}\n", uploader: "soeren.aeblerod@region.example");
        await PostAsync(app, "AgendaUploaded", $$"""{ "Data": {}, "Metadata": { "name": "{{name}}" } }""");
        const string payload = """
            {
              "Data": {
                "req": {
                  "Url": "https://agendaflow.azurewebsites.net/api/uploads",
                  "Method": "GET",
                  "Query": {},
                  "Headers": { "Accept": ["application/json"], "User-Agent": ["curl/8.5.0"] },
                  "Params": {},
                  "Body": null
                }
              },
              "Metadata": { "sys": { "MethodName": "Uploads", "UtcNow": "2026-11-25T10:00:00Z" } }
            }
            """;

        var answer = await PostAsync(app, "Uploads", payload);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var res = answer.Body.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        Assert.StartsWith("application/json", res.GetProperty("headers").GetProperty("Content-Type").GetString());
        using var uploads = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        Assert.Contains(uploads.RootElement.EnumerateArray(), u => u.GetProperty("blobName").GetString() == name
            && u.GetProperty("uploader").GetString() == "soeren.aeblerod@region.example");
    }

    [Fact]
    public async Task A_forwarded_http_request_is_served_at_its_api_route()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);

        var response = await app.Client.GetAsync("/api/uploads");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ValueKind);
    }

    [Fact]
    public async Task An_invocation_of_an_unknown_function_is_answered_404()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);

        var answer = await PostAsync(app, "Findesikke", """{ "Data": {}, "Metadata": {} }""");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task Under_the_host_the_app_does_not_watch_the_container_itself()
    {
        await using var app = await RunningApp.CustomHandlerAsync(azurite);
        var name = $"{Guid.NewGuid():N}.md";
        await _storage.UploadAgendaAsync(name, $"# Dagsorden {name}\n");

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Empty(await _storage.UploadRecordsForAsync(name));
        Assert.Equal(0, app.Logs.Count("Watching the agendas container"));
    }

    private static async Task<HostAnswer> PostAsync(RunningApp app, string function, string payload)
    {
        var response = await app.Client.PostAsync("/" + function, StandaloneModeTests.JsonContent(payload));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var logs = body.GetProperty("Logs").EnumerateArray().Select(l => l.GetString() ?? "").ToList();
        return new HostAnswer(response.StatusCode, body, logs);
    }

    private sealed record HostAnswer(HttpStatusCode Status, JsonElement Body, IReadOnlyList<string> Logs);
}
