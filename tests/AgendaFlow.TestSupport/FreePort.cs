using System.Net;
using System.Net.Sockets;

namespace AgendaFlow.TestSupport;

/// <summary>Free loopback ports for the servers the tests start: the one place that picks them.</summary>
public static class FreePort
{
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A port nothing listens on, and one not handed out before in this run: the kernel may give the same free port
    /// to two asks in a row (it did: Azurite was told to put blobs and queues on one port), before either is in use.
    /// </summary>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (HandedOut)
            {
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }

    /// <summary>Whether a listener could take <paramref name="port"/> now (for fixed port sets, such as start.sh's with an offset).</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout, Func<string> describeFailure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"Nothing listened on port {port} within {timeout.TotalSeconds} s. {describeFailure()}");
    }
}
