using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Storage;

namespace AgendaFlow.Integration.Tests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class StandaloneModeTests(Azurite azurite)
{
    private static readonly (string, string) FastPolling = ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250");
    private readonly StorageProbe _storage = new(azurite);

    [Fact]
    public async Task An_agenda_written_to_the_container_is_recorded_within_seconds_with_its_uploader()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite, FastPolling);
        var name = $"sundhed/{Guid.NewGuid():N}.md";

        var content = $"# Dagsorden {name}\n1. Godkendelse af referat\n";
        await _storage.UploadAgendaAsync(name, content, uploader: "formand@region.example");

        var record = await _storage.WaitForUploadRecordAsync(name, TimeSpan.FromSeconds(5));
        Assert.Equal("formand@region.example", record.GetString("Uploader"));
        Assert.Equal("sundhed", record.GetString("Committee"));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(content), record.GetInt64("Size"));
    }

    [Fact]
    public async Task After_a_restart_an_agenda_already_handled_is_not_handled_again()
    {
        var name = $"{Guid.NewGuid():N}.txt";
        await using (var first = await RunningApp.StandaloneAsync(azurite, FastPolling))
        {
            await _storage.UploadAgendaAsync(name, $"Dagsorden {name}\n1. Velkomst\n");
            // The run's one line comes when the whole function has run, up to remembering the blob's version (this
            // text has no meeting date, so the last step is its rejection).
            await first.Logs.WaitForAsync($"Agenda {name} recorded", TimeSpan.FromSeconds(10));
        }

        await using var second = await RunningApp.StandaloneAsync(azurite, FastPolling);
        var other = $"{Guid.NewGuid():N}.txt";
        await _storage.UploadAgendaAsync(other, $"Dagsorden {other}\n1. Noget andet\n");
        await second.Logs.WaitForAsync($"Agenda {other} recorded", TimeSpan.FromSeconds(5));

        // The second process has scanned the container at least once by now and left the first agenda alone.
        Assert.True(second.Logs.Count($"Agenda {name}") == 0, string.Join("\n", second.Logs.All));
        Assert.Single(await _storage.UploadRecordsForAsync(name));
    }

    [Fact]
    public async Task The_same_content_uploaded_twice_is_one_record_and_changed_content_is_a_new_one()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite, FastPolling);
        var content = $"Dagsorden {Guid.NewGuid()}\n1. Velkomst\n";
        var name = $"{Guid.NewGuid():N}.txt";
        var copy = $"{Guid.NewGuid():N}.txt";

        await _storage.UploadAgendaAsync(name, content);
        await app.Logs.WaitForAsync($"Agenda {name} recorded", TimeSpan.FromSeconds(5));
        await _storage.UploadAgendaAsync(copy, content);
        await app.Logs.WaitForAsync($"Agenda {copy} already recorded", TimeSpan.FromSeconds(5));
        await _storage.UploadAgendaAsync(name, content + "2. Eventuelt\n");
        await app.Logs.WaitForAsync($"Agenda {name} recorded", TimeSpan.FromSeconds(5), occurrences: 2);

        var records = (await _storage.UploadRecordsAsync()).Where(r => r.GetString("BlobName") is var n && (n == name || n == copy)).ToList();
        Assert.Equal(2, records.Count);
        Assert.Empty(await _storage.UploadRecordsForAsync(copy));
    }

    [Fact]
    public async Task An_empty_file_is_copied_to_rejected_with_a_danish_reason_the_original_is_kept_and_the_upload_is_listed_as_refused()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite, FastPolling);
        var name = $"sundhed/{Guid.NewGuid():N}.docx";

        await _storage.UploadAgendaAsync(name, []);
        await app.Logs.WaitForAsync($"Agenda {name} rejected", TimeSpan.FromSeconds(5));

        Assert.True(await _storage.ExistsAsync(Containers.RejectedAgendas, name));
        Assert.Contains("Filen er tom", await _storage.ReadTextAsync(Containers.RejectedAgendas, name + ".reason.txt"));
        Assert.True(await _storage.ExistsAsync(Containers.Agendas, name));
        Assert.Equal("Filen er tom.", Assert.Single(await _storage.UploadRecordsForAsync(name)).GetString("Rejected"));
    }

    [Fact]
    public async Task A_timer_function_runs_on_its_configured_schedule()
    {
        // The watcher looks once at start and then not for an hour, so only the scheduled ReconcileAgendas can find the agenda.
        await using var app = await RunningApp.StandaloneAsync(
            azurite, ("AgendaFlow__Standalone__AgendaPollInterval", "01:00:00"), ("AgendaFlow__Schedules__ReconcileAgendas", "*/1 * * * * *"));
        await app.Logs.WaitForAsync("Watching the agendas container", TimeSpan.FromSeconds(30));
        var name = $"{Guid.NewGuid():N}.md";

        await _storage.UploadAgendaAsync(name, $"# Dagsorden {name}\n");

        await app.Logs.WaitForAsync($"Agenda {name} recorded", TimeSpan.FromSeconds(10));
        Assert.Contains(app.Logs.All, l => l.Contains("ReconcileAgendas: found", StringComparison.Ordinal) && !l.Contains("found 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_admin_endpoint_runs_a_blob_function_now_for_the_named_agenda()
    {
        // A poll interval of an hour leaves the admin endpoint as the only way the agenda gets handled.
        await using var app = await RunningApp.StandaloneAsync(azurite, ("AgendaFlow__Standalone__AgendaPollInterval", "01:00:00"));
        await app.Logs.WaitForAsync("Watching the agendas container", TimeSpan.FromSeconds(30));
        var name = $"{Guid.NewGuid():N}.md";
        await _storage.UploadAgendaAsync(name, $"# Dagsorden {name}\n");

        var response = await app.Client.PostAsync("/admin/functions/AgendaUploaded", JsonContent($$"""{"input": "agendas/{{name}}"}"""));

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(await _storage.UploadRecordsForAsync(name));
    }

    [Fact]
    public async Task The_admin_endpoint_answers_404_in_danish_for_an_unknown_function()
    {
        await using var app = await RunningApp.StandaloneAsync(azurite);

        var response = await app.Client.PostAsync("/admin/functions/Findesikke", JsonContent("{}"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Der findes ingen funktion", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_invocation_is_counted_by_function_and_outcome_for_the_metrics_exporter()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "AgendaFlow")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            seen.Add($"{instrument.Name} {string.Join(" ", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))}"));
        listener.Start();
        await using var app = await RunningApp.StandaloneAsync(azurite);

        await app.Client.PostAsync("/admin/functions/ReconcileAgendas", JsonContent("{}"));

        Assert.Contains("agendaflow.invocations function=ReconcileAgendas outcome=succeeded", seen);
    }

    internal static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
