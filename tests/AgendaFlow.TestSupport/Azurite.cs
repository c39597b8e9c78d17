using System.Diagnostics;
using System.Text;

namespace AgendaFlow.TestSupport;

/// <summary>
/// A real Azurite (blobs, queues, tables) on free loopback ports with its data in a temp folder, for one test
/// collection. The test command installs it from infra/local's lockfile; if it is missing the tests fail, they never skip.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    // Azurite's published development account; not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _folder;

    public int BlobPort { get; private set; }

    public int TablePort { get; private set; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static string Executable => Path.Combine(RepositoryRoot.Path, "infra", "local", "node_modules", ".bin", "azurite");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {Executable}. Run the test command from the README (tests/run.sh), which installs it.");
        }

        _folder = Directory.CreateTempSubdirectory("agendaflow-azurite-").FullName;
        BlobPort = FreePort.Next();
        TablePort = FreePort.Next();
        _queuePort = FreePort.Next();
        await LaunchAsync();
    }

    /// <summary>
    /// Stops Azurite as an outage would, the way a service stops (SIGTERM: it writes its data out), keeping its data
    /// folder and ports for <see cref="StartAgainAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            _ = Kill(process.Id, 15);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Starts Azurite again on the same data folder and ports, after <see cref="StopAsync"/>.</summary>
    public Task StartAgainAsync() => LaunchAsync();

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    private int _queuePort;

    private async Task LaunchAsync()
    {
        var queuePort = _queuePort;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
            "--location", _folder!,
        })
        {
            start.ArgumentList.Add(arg);
        }

        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // Node's start-up is CPU-bound: several collections start their own Azurite at once on a busy two-core machine.
        await FreePort.WaitUntilListeningAsync(BlobPort, StartTimeout, Output);
        await FreePort.WaitUntilListeningAsync(TablePort, StartTimeout, Output);
    }

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string Output()
    {
        lock (_output)
        {
            return "Azurite said: " + _output;
        }
    }
}
