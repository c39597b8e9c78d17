using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AgendaFlow.TestSupport;

/// <summary>
/// An HTTP client whose connections come from a loopback address of the test's choosing (127.0.0.2, 127.0.0.3, ...):
/// Linux answers the whole of 127.0.0.0/8, so the app sees clients at different addresses, as it would on the net.
/// </summary>
public static class LoopbackClient
{
    public static HttpClient From(string sourceAddress, Uri app, int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = app,
            Timeout = TimeSpan.FromSeconds(60),
        };
}

/// <summary>One timed answer.</summary>
public sealed record TimedAnswer(HttpStatusCode Status, string Body, string? RetryAfter, double Milliseconds)
{
    public static async Task<TimedAnswer> GetAsync(HttpClient client, string path, (string Name, string Value)? header = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (header is { } h)
        {
            request.Headers.Add(h.Name, h.Value);
        }

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new TimedAnswer(response.StatusCode, body, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(), clock.Elapsed.TotalMilliseconds);
    }
}

public static class Stats
{
    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    public static string Describe(IReadOnlyCollection<double> values) =>
        $"n={values.Count}, median {Median(values):F2} ms, p25 {Percentile(values, 0.25):F2}, p75 {Percentile(values, 0.75):F2}, p90 {Percentile(values, 0.9):F2}";
}
