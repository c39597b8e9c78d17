using System.Text;
using System.Text.Json;
using AgendaFlow.Integration.Tests.EndToEnd;
using AgendaFlow.Integration.Tests.Functions;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Integration.Tests.Worker.Rpc;
using AgendaFlow.Core.Scheduling;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Google.Protobuf;
using Xunit.Abstractions;

namespace AgendaFlow.Integration.Tests.Worker;

/// <summary>
/// The built app run as the Functions host runs it: a .NET isolated worker, driven over the host's gRPC protocol by
/// <see cref="GrpcTestHost"/>, against Azurite and the mail servers.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class WorkerOverGrpcTests(Azurite azurite, MailServers mail, ITestOutputHelper output)
{
    private readonly StorageProbe _storage = new(azurite);

    [Fact]
    public async Task The_worker_answers_the_hosts_init_and_describes_all_thirteen_functions_with_their_bindings()
    {
        await using var host = await StartAsync();

        var init = await host.InitAsync();
        var metadata = await host.MetadataAsync();
        var startToMetadata = host.SinceStart.Elapsed;
        output.WriteLine($"Worker process start to metadata answer: {startToMetadata.TotalMilliseconds:F0} ms");

        Assert.Equal(StatusResult.Types.Status.Success, init.Result.Status);
        Assert.True(init.Capabilities.ContainsKey("HttpUri"), "The ASP.NET Core integration announces where the host forwards HTTP requests");
        Assert.Equal(StatusResult.Types.Status.Success, metadata.Result.Status);
        var functions = metadata.FunctionMetadataResults.ToDictionary(f => f.Name);
        Assert.Equal(FunctionMetadataTests.FunctionNames, functions.Keys.Order(StringComparer.Ordinal));

        var blob = Trigger(functions["AgendaUploaded"]);
        Assert.Equal("blobTrigger", blob.GetProperty("type").GetString());
        Assert.Equal("agendas/{name}", blob.GetProperty("path").GetString());
        Assert.Equal("EventGrid", blob.GetProperty("source").GetString());
        Assert.Equal(BindingInfo.Types.Direction.In, functions["AgendaUploaded"].Bindings["agenda"].Direction);

        foreach (var timer in new[] { "CollectReplies", "DraftReferater", "PublishReferater", "ReconcileAgendas", "SendAttendanceSummaries", "SendOutbox", "SendReminders" })
        {
            var binding = Trigger(functions[timer]);
            Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
            Assert.Equal("0 * * * * *", binding.GetProperty("schedule").GetString());
        }

        AssertHttp(functions["Rsvp"], "rsvp/{token}", "anonymous", "get", "post");
        AssertHttp(functions["Dagsordentjek"], "tjek/{token}", "anonymous", "get", "post");
        AssertHttp(functions["Oversigt"], "oversigt/{meeting?}", "anonymous", "get", "post");
        AssertHttp(functions["Uploads"], "uploads", "function", "get");
        AssertHttp(functions["Assets"], "assets/{*path}", "anonymous", "get");
        Assert.True(startToMetadata < TimeSpan.FromSeconds(30), "Flex Consumption gives a worker 30 s to start");
    }

    [Fact]
    public async Task An_invocation_of_AgendaUploaded_with_the_blob_as_the_host_passes_it_stores_the_meeting_and_invites_each_participant()
    {
        var committee = $"grpc{Guid.NewGuid():N}"[..14];
        var addresses = new[] { MailServers.NewAddress("grpc1"), MailServers.NewAddress("grpc2") };
        var blobName = $"{committee}/dagsorden.txt";
        await _storage.UploadAgendaAsync(blobName, Agenda(addresses));
        await using var host = await StartAsync();
        var functions = await LoadAllAsync(host);

        var response = await host.InvokeAsync(BlobInvocation(functions["AgendaUploaded"], blobName));

        Assert.True(response.Result.Status == StatusResult.Types.Status.Success, $"{response.Result.Exception?.Message}\n{host.Log}");
        var meeting = Assert.Single(await Meetings().ListAsync(CancellationToken.None), m => m.Meeting.Committee == committee);
        Assert.Equal("Følgegruppen for gRPC", meeting.Meeting.Title);
        foreach (var address in addresses)
        {
            var invitation = Assert.Single(await mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(90)));
            Assert.StartsWith("Indkaldelse: Følgegruppen for gRPC", invitation.Subject);
        }
    }

    [Fact]
    public async Task The_same_blob_delivered_twice_at_the_same_moment_is_one_meeting_revision_and_one_invitation_each_and_neither_run_fails()
    {
        var committee = $"twice{Guid.NewGuid():N}"[..15];
        var addresses = new[] { MailServers.NewAddress("twice1"), MailServers.NewAddress("twice2") };
        var chair = MailServers.NewAddress("formand");
        var blobName = $"{committee}/dagsorden.txt";
        await _storage.UploadAgendaAsync(blobName, Agenda(addresses), uploader: chair);
        await using var host = await StartAsync();
        var functions = await LoadAllAsync(host);

        // Event Grid delivers at least once: the host may hand the worker the same blob twice at once.
        var runs = await Task.WhenAll(
            host.InvokeAsync(BlobInvocation(functions["AgendaUploaded"], blobName)),
            host.InvokeAsync(BlobInvocation(functions["AgendaUploaded"], blobName)));

        Assert.All(runs, run => Assert.True(run.Result.Status == StatusResult.Types.Status.Success, $"{run.Result.Exception?.Message}\n{host.Log}"));
        var meeting = Assert.Single(await Meetings().ListAsync(CancellationToken.None), m => m.Meeting.Committee == committee);
        Assert.Equal(0, meeting.Meeting.Revision);
        foreach (var address in addresses.Append(chair))
        {
            await mail.WaitForMessagesAsync(address, 1, TimeSpan.FromSeconds(90));
        }

        // Anything sent twice would have arrived by now; the outbox, run again, has nothing left for them either.
        await host.InvokeAsync(TimerInvocation(functions["SendOutbox"]));
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var address in addresses.Append(chair))
        {
            Assert.Equal(1, await mail.CountMessagesAsync(address));
        }
    }

    [Fact]
    public async Task An_invocation_of_a_timer_function_runs_the_due_copenhagen_occurrence_once_and_records_it()
    {
        await using var host = await StartAsync();
        var functions = await LoadAllAsync(host);

        var first = await host.InvokeAsync(TimerInvocation(functions["SendOutbox"]));
        var again = await host.InvokeAsync(TimerInvocation(functions["SendOutbox"]));

        Assert.True(first.Result.Status == StatusResult.Types.Status.Success, $"{first.Result.Exception?.Message}\n{host.Log}");
        Assert.Equal(StatusResult.Types.Status.Success, again.Result.Status);
        var row = await new TableClient(azurite.ConnectionString, TimerOccurrenceStore.TableName).GetEntityAsync<TableEntity>("timers", "SendOutbox");
        var occurrence = row.Value.GetDateTimeOffset("LastOccurrence")!.Value;
        Assert.Equal(0, occurrence.Second);
        Assert.InRange(DateTimeOffset.UtcNow - occurrence, -DueOccurrence.EarlyTolerance, TimeSpan.FromMinutes(3));
    }

    private Task<GrpcTestHost> StartAsync() => GrpcTestHost.StartAsync(
    [
        ("AzureWebJobsStorage", azurite.ConnectionString),
        // Generated addresses do not match the names, which the chair's check would hold; this is not about that check.
        ("AgendaFlow__ChairCheck__Mode", "Never"),
        ("AgendaFlow__Smtp__Host", "127.0.0.1"),
        ("AgendaFlow__Smtp__Port", mail.SmtpPort.ToString()),
        ("AgendaFlow__Smtp__Security", "None"),
        ("AgendaFlow__FromAddress", "dagsorden@region.example"),
        ("AgendaFlow__PublicBaseUrl", "https://agendaflow.region.example"),
    ]);

    private static async Task<Dictionary<string, RpcFunctionMetadata>> LoadAllAsync(GrpcTestHost host)
    {
        Assert.Equal(StatusResult.Types.Status.Success, (await host.InitAsync()).Result.Status);
        var functions = (await host.MetadataAsync()).FunctionMetadataResults.ToDictionary(f => f.Name);
        foreach (var function in functions.Values)
        {
            var loaded = await host.LoadAsync(function);
            Assert.True(loaded.Result.Status == StatusResult.Types.Status.Success, $"{function.Name}: {loaded.Result.Exception?.Message}");
        }

        return functions;
    }

    /// <summary>
    /// As the blobs extension passes a blob to a worker that binds an SDK type (BlobClient): not the content but
    /// model binding data naming the connection, container and blob, and the path's <c>{name}</c> as trigger metadata.
    /// </summary>
    private static InvocationRequest BlobInvocation(RpcFunctionMetadata function, string blobName)
    {
        var reference = JsonSerializer.Serialize(new { Connection = "AzureWebJobsStorage", ContainerName = Containers.Agendas, BlobName = blobName });
        var invocation = new InvocationRequest { FunctionId = function.FunctionId };
        invocation.InputData.Add(new ParameterBinding
        {
            Name = "agenda",
            Data = new TypedData
            {
                ModelBindingData = new ModelBindingData
                {
                    Version = "1.0",
                    Source = "AzureStorageBlobs",
                    ContentType = "application/json",
                    Content = ByteString.CopyFromUtf8(reference),
                },
            },
        });
        invocation.TriggerMetadata.Add("name", new TypedData { String = blobName });
        invocation.TriggerMetadata.Add("BlobTrigger", new TypedData { String = $"{Containers.Agendas}/{blobName}" });
        return invocation;
    }

    /// <summary>As the timer extension passes a tick: TimerInfo as JSON.</summary>
    private static InvocationRequest TimerInvocation(RpcFunctionMetadata function)
    {
        var invocation = new InvocationRequest { FunctionId = function.FunctionId };
        var now = DateTime.UtcNow;
        var timer = JsonSerializer.Serialize(new
        {
            Schedule = new { AdjustForDST = false },
            ScheduleStatus = new { Last = now.AddMinutes(-1), Next = now.AddMinutes(1), LastUpdated = now },
            IsPastDue = false,
        });
        invocation.InputData.Add(new ParameterBinding { Name = "timer", Data = new TypedData { Json = timer } });
        return invocation;
    }

    private MeetingStore Meetings() =>
        new(new StorageClients(new BlobServiceClient(azurite.ConnectionString), new TableServiceClient(azurite.ConnectionString)));

    private static string Agenda(IReadOnlyList<string> addresses) => new StringBuilder()
        .AppendLine("Dagsorden")
        .AppendLine("Følgegruppen for gRPC")
        .AppendLine()
        .AppendLine($"Tid: Torsdag den 17. december {DateTime.UtcNow.Year + 1} kl. 09.00-10.00")
        .AppendLine("Sted: Mødelokale 3")
        .AppendLine()
        .AppendLine("Deltagere:")
        .AppendLine($"Anne Andersen, {addresses[0]}")
        .AppendLine($"Bo Bech, {addresses[1]}")
        .AppendLine()
        .AppendLine("1. Godkendelse af dagsorden")
        .AppendLine("2. Eventuelt")
        .ToString();

    private static JsonElement Trigger(RpcFunctionMetadata function) =>
        function.RawBindings.Select(r => JsonDocument.Parse(r).RootElement)
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static void AssertHttp(RpcFunctionMetadata function, string route, string authLevel, params string[] methods)
    {
        var binding = Trigger(function);
        Assert.Equal("httpTrigger", binding.GetProperty("type").GetString());
        Assert.Equal(route, binding.GetProperty("route").GetString());
        Assert.Equal(authLevel, binding.GetProperty("authLevel").GetString(), ignoreCase: true);
        Assert.Equal(methods, binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
    }
}
