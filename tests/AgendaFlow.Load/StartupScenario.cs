using System.Diagnostics;
using AgendaFlow.TestSupport;

namespace AgendaFlow.Load;

/// <summary>
/// The standalone app as its own process against Azurite: time from process start to the first 200 on "/", and
/// resident memory after it has sat idle. What is started is the app as it is deployed: published first as
/// infra/package.sh publishes it (Release, linux-x64, self-contained, ReadyToRun), into artifacts/startup/.
/// </summary>
internal static class StartupScenario
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(Figures figures, int runs = 3)
    {
        var app = await PublishAsync();
        Console.WriteLine($"Start-up: {app}, {runs} runs");
        var azurite = new Azurite();
        await azurite.InitializeAsync();
        try
        {
            var times = new List<double>();
            var cpu = new List<double>();
            long rss = 0;
            for (var i = 0; i < runs; i++)
            {
                var (started, cpuMs, kb) = await OneRunAsync(app, azurite, measureMemory: i == runs - 1);
                times.Add(started.TotalMilliseconds);
                cpu.Add(cpuMs);
                rss = Math.Max(rss, kb);
            }

            figures.Add($"standalone app: process start to first 200 on / (median of {runs})", times.Order().ElementAt(runs / 2), "ms", 500, "< 500 ms");
            figures.Add($"standalone app: resident memory after {Idle.TotalSeconds:0} s idle (VmRSS)", rss / 1024.0, "MB", 150, "< 150 MB");
            figures.Add($"standalone app: CPU time (user + system) used until that first 200 (median of {runs})", cpu.Order().ElementAt(runs / 2), "ms", double.PositiveInfinity, "(what a quiet machine's wall time would approach)");
            figures.Note($"start-up runs: {string.Join(", ", times.Select(t => $"{t:0} ms"))}; CPU {string.Join(", ", cpu.Select(t => $"{t:0} ms"))}");
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task<(TimeSpan Started, double CpuMs, long RssKb)> OneRunAsync(string app, Azurite azurite, bool measureMemory)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(app) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["AzureWebJobsStorage"] = azurite.ConnectionString;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        // One refused attempt before the clock starts, so this program's own first use of HttpClient (JIT on the
        // same two cores) is not part of what is timed.
        try
        {
            using var refused = await http.GetAsync($"http://127.0.0.1:{port}/");
        }
        catch (HttpRequestException)
        {
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                try
                {
                    using var answer = await http.GetAsync($"http://127.0.0.1:{port}/");
                    if (answer.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                if (clock.Elapsed > TimeSpan.FromSeconds(60) || process.HasExited)
                {
                    throw new InvalidOperationException("The app did not answer on / within 60 s.");
                }

                await Task.Delay(5);
            }

            var started = clock.Elapsed;
            // Wall time on a shared, busy machine is mostly waiting for a core; the CPU the process used is not.
            var cpuMs = CpuMilliseconds(process.Id);
            if (!measureMemory)
            {
                return (started, cpuMs, 0);
            }

            await Task.Delay(Idle);
            var status = await File.ReadAllLinesAsync($"/proc/{process.Id}/status");
            var rss = status.First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return (started, cpuMs, long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>utime + stime of /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms).</summary>
    private static double CpuMilliseconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) * 10.0;
    }

    /// <summary>
    /// Publishes the app as infra/package.sh does (its own artifacts path, so the solution's obj/ is left alone;
    /// incremental after the first run) and returns the executable.
    /// </summary>
    private static async Task<string> PublishAsync()
    {
        var root = Path.Combine(RepositoryRoot.Path, "artifacts", "startup");
        var output = Path.Combine(root, "app");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "publish", Path.Combine(RepositoryRoot.Path, "src", "AgendaFlow.Functions", "AgendaFlow.Functions.csproj"),
            "-c", "Release", "-r", "linux-x64", "--self-contained", "-p:DebugType=none", "-p:DebugSymbols=false",
            "--artifacts-path", Path.Combine(root, "build"), "-o", output, "-nologo", "-v:q",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Console.WriteLine($"Start-up: publishing the app (linux-x64, self-contained, ReadyToRun) to {output}");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await stdout}{await stderr}");
        }

        Console.WriteLine($"Start-up: published in {clock.Elapsed.TotalSeconds:0} s");
        return Path.Combine(output, "AgendaFlow.Functions");
    }
}
