using AgendaFlow.Core.Invitations;

namespace AgendaFlow.Functions;

/// <summary>The installation's own settings, from <c>AgendaFlow__FromAddress</c> and friends.</summary>
public sealed class AgendaFlowOptions
{
    public required MailSettings Mail { get; init; }

    public string? SecretariatAddress { get; init; }

    public OutboxOptions Outbox { get; init; } = new();

    /// <summary>The publishing container, <c>AgendaFlow__Publishing__Container</c>: <c>referater</c>, or <c>$web</c> for the static website.</summary>
    public string PublishingContainer { get; init; } = "referater";

    /// <summary>The public address of the published site; the container's own URL when unset.</summary>
    public Uri? PublishingBaseUrl { get; init; }

    /// <summary><c>AgendaFlow__ChairCheck__Mode</c>: when an upload waits for the chair's check; a committee's roster may override it.</summary>
    public Core.Meetings.ChairCheckMode ChairCheckMode { get; init; } = Core.Meetings.ChairCheckMode.WhenUnsure;

    public static AgendaFlowOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("AgendaFlow");
        var from = section["FromAddress"] is { Length: > 0 } address ? address : "dagsorden@agendaflow.localhost";
        var baseUrl = section["PublicBaseUrl"] is { Length: > 0 } url ? url : AgendaFlowApp.DefaultStandaloneUrl;
        return new AgendaFlowOptions
        {
            Mail = new MailSettings(from, new Uri(baseUrl), section["FromName"] is { Length: > 0 } name ? name : "AgendaFlow"),
            SecretariatAddress = section["SecretariatAddress"] is { Length: > 0 } secretariat ? secretariat : null,
            Outbox = OutboxOptions.From(section.GetSection("Outbox")),
            PublishingContainer = section["Publishing:Container"] is { Length: > 0 } container ? container : "referater",
            PublishingBaseUrl = section["Publishing:BaseUrl"] is { Length: > 0 } site ? new Uri(site) : null,
            ChairCheckMode = Core.Meetings.ChairCheck.ParseSetting(section["ChairCheck:Mode"]),
        };
    }
}

/// <summary>How the outbox retries, under <c>AgendaFlow:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>Eight tries over about four hours: a relay down for maintenance is waited out, a dead address is not.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Messages sent over one SMTP connection before a new one is opened. Relays cap a session (OpenSMTPD's
    /// default is 100, answered with "452 Too many messages sent"); staying under the cap keeps a large meeting
    /// from being retried a minute later, message by message.
    /// </summary>
    public int MessagesPerConnection { get; set; } = 100;

    /// <summary>
    /// How long one SendOutbox run goes on sending when the relay's limits make mail wait; the rest is the next run's.
    /// Under the function timeout (Flex Consumption: 30 minutes by default).
    /// </summary>
    public TimeSpan MaxRunTime { get; set; } = TimeSpan.FromMinutes(9);

    /// <summary>A mail the relay keeps answering with 4xx (throttling) is given up and reported only after this long.</summary>
    public TimeSpan MaxDeferral { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// <c>AgendaFlow__Outbox__Lease</c>: how long a sender's claim on mail holds; mail a killed instance had claimed goes
    /// out again once it runs out. Longer than one connection's mails take to send.
    /// </summary>
    public TimeSpan Lease { get; set; } = Storage.Outbox.DefaultLease;

    public static OutboxOptions From(IConfigurationSection section)
    {
        var options = section.Get<OutboxOptions>() ?? new OutboxOptions();
        return options.Lease > TimeSpan.Zero
            ? options
            : throw new InvalidOperationException($"AgendaFlow:Outbox:Lease must be longer than zero (it is {options.Lease}).");
    }

    /// <summary>Doubling from the first delay, capped.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks((long)Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));
}
