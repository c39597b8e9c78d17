using System.Collections.Concurrent;
using System.Diagnostics;
using AgendaFlow.Integration.Tests.Infrastructure;
using AgendaFlow.Integration.Tests.Worker.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgendaFlow.Integration.Tests.Worker;

/// <summary>
/// The Azure Functions host's side of the worker protocol, as much as the tests need: a gRPC server for
/// <c>FunctionRpc.EventStream</c> over HTTP/2, and the built worker started the way the host starts it. Requests go
/// down the stream; answers are matched to them by request id (invocations by invocation id).
/// </summary>
public sealed class GrpcTestHost : IAsyncDisposable
{
    public const int MaxMessageLength = int.MaxValue;

    private readonly WebApplication _server;
    private readonly WorkerStream _stream;
    private readonly Process _worker;
    private readonly ConcurrentQueue<string> _output = new();

    private GrpcTestHost(WebApplication server, WorkerStream stream, Process worker, Stopwatch sinceStart)
    {
        _server = server;
        _stream = stream;
        _worker = worker;
        SinceStart = sinceStart;
        worker.OutputDataReceived += (_, e) => Keep(e.Data);
        worker.ErrorDataReceived += (_, e) => Keep(e.Data);
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
    }

    /// <summary>Time since the worker process was started.</summary>
    public Stopwatch SinceStart { get; }

    /// <summary>The worker's own console output and the RpcLog lines it sent, for failure messages.</summary>
    public string Log => string.Join('\n', _output.Concat(_stream.Logs));

    /// <summary>The folder the SDK built the worker into: functions.metadata, worker.config.json and the app.</summary>
    public static string WorkerDirectory
    {
        get
        {
            // For measuring the deployed shape (infra/package.sh's ReadyToRun publish) instead of the test build.
            if (Environment.GetEnvironmentVariable("AGENDAFLOW_WORKER_DIRECTORY") is { Length: > 0 } published)
            {
                return published;
            }

            // tests/AgendaFlow.Integration.Tests/bin/{Configuration}/net10.0/ → src/AgendaFlow.Functions/bin/{Configuration}/net10.0/
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
            return Path.Combine(RepositoryRoot.Path, "src", "AgendaFlow.Functions", "bin", tfm.Parent!.Name, tfm.Name);
        }
    }

    /// <summary>Starts the gRPC server, then the worker with the host's arguments and the given app settings as environment.</summary>
    public static async Task<GrpcTestHost> StartAsync(IEnumerable<(string Key, string Value)> settings)
    {
        var port = FreePort.Next();
        var stream = new WorkerStream();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port, o => o.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = null);
        builder.Services.AddSingleton(stream);
        var server = builder.Build();
        server.MapGrpcService<EventStreamService>();
        await server.StartAsync();

        var directory = WorkerDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(directory, "AgendaFlow.Functions.dll"),
            "--functions-uri", $"http://127.0.0.1:{port}/",
            "--functions-worker-id", Guid.NewGuid().ToString(),
            "--functions-request-id", Guid.NewGuid().ToString(),
            "--functions-grpc-max-message-length", MaxMessageLength.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        // As the host does: the app's settings, and where the app is.
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = directory;
        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = directory;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var sinceStart = Stopwatch.StartNew();
        var worker = Process.Start(start) ?? throw new InvalidOperationException("Could not start the worker.");
        var host = new GrpcTestHost(server, stream, worker, sinceStart);
        await host.WaitAsync(stream.Connected, "the worker's StartStream");
        return host;
    }

    public async Task<WorkerInitResponse> InitAsync() =>
        (await SendAsync(new StreamingMessage
        {
            WorkerInitRequest = new WorkerInitRequest
            {
                HostVersion = "4.1043.0",
                WorkerDirectory = WorkerDirectory,
                FunctionAppDirectory = WorkerDirectory,
            },
        })).WorkerInitResponse;

    public async Task<FunctionMetadataResponse> MetadataAsync() =>
        (await SendAsync(new StreamingMessage
        {
            FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = WorkerDirectory },
        })).FunctionMetadataResponse;

    /// <summary>Loads a function as the host does, with the metadata the worker gave for it.</summary>
    public async Task<FunctionLoadResponse> LoadAsync(RpcFunctionMetadata metadata) =>
        (await SendAsync(new StreamingMessage
        {
            FunctionLoadRequest = new FunctionLoadRequest { FunctionId = metadata.FunctionId, Metadata = metadata },
        })).FunctionLoadResponse;

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest invocation)
    {
        invocation.InvocationId = Guid.NewGuid().ToString();
        // The host always sends the trace context of the invocation (W3C traceparent); the worker reads it.
        invocation.TraceContext ??= new RpcTraceContext
        {
            TraceParent = $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01",
        };
        return (await SendAsync(new StreamingMessage { InvocationRequest = invocation })).InvocationResponse;
    }

    private async Task<StreamingMessage> SendAsync(StreamingMessage request)
    {
        request.RequestId = Guid.NewGuid().ToString();
        var answer = _stream.Expect(request.RequestId);
        await _stream.WriteAsync(request);
        return await WaitAsync(answer, request.ContentCase.ToString());
    }

    private async Task<T> WaitAsync<T>(Task<T> task, string what)
    {
        var timeout = Task.Delay(TimeSpan.FromSeconds(90));
        var exited = _worker.WaitForExitAsync();
        var first = await Task.WhenAny(task, timeout, exited);
        if (first == task)
        {
            return await task;
        }

        throw new TimeoutException(first == exited
            ? $"The worker exited ({_worker.ExitCode}) while waiting for {what}:\n{Log}"
            : $"No answer to {what} within 90 s:\n{Log}");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_worker.HasExited)
        {
            _worker.Kill(entireProcessTree: true);
            await _worker.WaitForExitAsync();
        }

        _worker.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    /// <summary>The one stream the worker opens, with answers matched to requests.</summary>
    private sealed class WorkerStream
    {
        private readonly TaskCompletionSource<IServerStreamWriter<StreamingMessage>> _writer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _waiting = new();
        private readonly SemaphoreSlim _writeLock = new(1, 1);

        public ConcurrentQueue<string> Logs { get; } = new();

        public Task<bool> Connected => _writer.Task.ContinueWith(_ => true, TaskScheduler.Default);

        public Task<StreamingMessage> Expect(string requestId) =>
            _waiting.GetOrAdd(requestId, _ => new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public async Task WriteAsync(StreamingMessage message)
        {
            var writer = await _writer.Task;
            await _writeLock.WaitAsync();
            try
            {
                await writer.WriteAsync(message);
            }
            finally
            {
                _writeLock.Release();
            }
        }

        public async Task RunAsync(IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
        {
            await foreach (var message in requests.ReadAllAsync(cancellationToken))
            {
                switch (message.ContentCase)
                {
                    case StreamingMessage.ContentOneofCase.StartStream:
                        _writer.TrySetResult(responses);
                        break;
                    case StreamingMessage.ContentOneofCase.RpcLog:
                        Logs.Enqueue($"{message.RpcLog.Level}: {message.RpcLog.Message} {message.RpcLog.Exception?.Message}");
                        break;
                    default:
                        Logs.Enqueue($"<- {message.ContentCase} {message.RequestId}");
                        if (_waiting.TryRemove(message.RequestId, out var waiter) || _waiting.TryRemove(InvocationIdOf(message), out waiter))
                        {
                            waiter.TrySetResult(message);
                        }
                        else
                        {
                            // An answer that came before anyone waited for it (or that nobody asked for) is kept.
                            _waiting.GetOrAdd(message.RequestId, _ => new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
                        }

                        break;
                }
            }
        }

        private static string InvocationIdOf(StreamingMessage message) => message.InvocationResponse?.InvocationId ?? "";
    }

    private sealed class EventStreamService(WorkerStream stream) : FunctionRpc.FunctionRpcBase
    {
        public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context) =>
            stream.RunAsync(requestStream, responseStream, context.CancellationToken);
    }
}
