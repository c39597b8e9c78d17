using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using AgendaFlow.Functions.Features.Summaries;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// <c>AgendaFlow__WrongKeys__Limit</c> and <c>__Window</c>: how many requests to the secretariat's page without the
/// right key one client may make in a window before all its requests there are refused until the window ends.
/// </summary>
public sealed class WrongKeyOptions
{
    public const string Section = "AgendaFlow:WrongKeys";

    /// <summary>A person who mistypes the key a few times is not stopped; a script trying keys is, after ten.</summary>
    public int Limit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    public static WrongKeyOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<WrongKeyOptions>() ?? new WrongKeyOptions();
        if (options.Limit < 1 || options.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"AgendaFlow__WrongKeys__Limit must be at least 1 and AgendaFlow__WrongKeys__Window longer than zero (given {options.Limit} and {options.Window}).");
        }

        return options;
    }
}

/// <summary>
/// The rate limit on the secretariat's page (<c>/api/oversigt</c>), as the ASP.NET Core rate limiter's global limiter:
/// per client address (an IPv6 client by its /64, which one machine usually holds whole), each request without the
/// right key takes a permit from a fixed window (<see cref="FixedWindowRateLimiter"/>). A request with the right key
/// takes none, so a secretariat that uses the page all day is never counted; but once a client has used up its
/// permits, its requests are refused whatever key they carry, or a script could go on guessing and tell the right key
/// by the one answer that is not 429. Another client's wrong keys never touch a client's own window. Other paths pass.
/// </summary>
public sealed class WrongKeyThrottle : PartitionedRateLimiter<HttpContext>
{
    private const string PagePath = "/api/oversigt";

    private readonly PartitionedRateLimiter<string> _wrongKeys;
    private readonly IConfiguration _configuration;

    public WrongKeyThrottle(WrongKeyOptions options, IConfiguration configuration)
    {
        _configuration = configuration;
        Options = options;
        _wrongKeys = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Limit,
                Window = options.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public WrongKeyOptions Options { get; }

    public static bool Guards(HttpRequest request) => request.Path.StartsWithSegments(PagePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The client as the request's connection gives it: standalone, the socket's peer (no proxy header is trusted);
    /// under the Functions host, the address the ASP.NET Core integration takes from the host's <c>X-Forwarded-For</c>,
    /// which it accepts only from the loopback address the host forwards from.
    /// </summary>
    public static string ClientOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        Guards(resource.Request) ? _wrongKeys.GetStatistics(ClientOf(resource)) : null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (!Guards(resource.Request))
        {
            return Passed.Lease;
        }

        var client = ClientOf(resource);
        if (SecretariatAccess.Of(resource.Request, _configuration["AgendaFlow:SecretariatKey"]).Allowed)
        {
            // The right key spends nothing, but a client whose window is used up is refused (the attempt fails
            // without taking a permit, and says when to try again).
            return _wrongKeys.GetStatistics(client) is { CurrentAvailablePermits: 0 }
                ? _wrongKeys.AttemptAcquire(client, permitCount)
                : Passed.Lease;
        }

        return _wrongKeys.AttemptAcquire(client, permitCount);
    }

    /// <summary>No queue: a request is answered or refused at once.</summary>
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _wrongKeys.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The answer to a refused request: 429 with Retry-After, in Danish, in the pages' frame.</summary>
    public static HttpAnswer Refusal(RateLimitLease lease, WrongKeyOptions options)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return HttpAnswer.Html(Core.Rendering.PageLayout.Render(
            "For mange forsøg",
            "<h1>For mange forsøg</h1>\n<p>Der er brugt en forkert nøgle til sekretariatets side for mange gange fra denne " +
            $"adresse. Prøv igen om {(minutes == 1 ? "et minut" : $"{minutes} minutter")} med linket fra sekretariatets opsætning.</p>"), 429)
            with { RetryAfterSeconds = seconds, CacheControl = "no-store" };
    }

    private sealed class Passed : RateLimitLease
    {
        public static readonly Passed Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
