using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Functions.Hosting;

/// <summary>One function of the app: its name (a contract), what triggers it, and the type that runs it.</summary>
public sealed record FunctionDefinition(string Name, Trigger Trigger, Type Handler);

public abstract record Trigger;

/// <summary>A new or changed blob in <paramref name="Container"/>; the function gets the name inside it.</summary>
public sealed record BlobTrigger(string Container) : Trigger
{
    public string Path => $"{Container}/{{name}}";
}

/// <summary>
/// A schedule in Copenhagen time, read from <c>AgendaFlow__Schedules__{Name}</c> with <paramref name="DefaultSchedule"/>
/// when unset. Under the Functions host the timer itself ticks every minute in UTC and the app runs what is due.
/// </summary>
public sealed record TimerTrigger(string DefaultSchedule) : Trigger
{
    public static string SettingName(string functionName) => $"AgendaFlow__Schedules__{functionName}";

    public NcrontabSchedule ScheduleOf(string functionName, IConfiguration configuration) =>
        NcrontabSchedule.Parse(configuration[SettingName(functionName).Replace("__", ":")] is { Length: > 0 } written ? written : DefaultSchedule);
}

/// <summary>
/// The schedule a timer function keeps in Copenhagen time unless <c>AgendaFlow__Schedules__{Name}</c> says otherwise
/// (NCRONTAB, six fields, seconds first).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CopenhagenScheduleAttribute(string schedule) : Attribute
{
    public string Schedule { get; } = schedule;
}

/// <summary>
/// The host's timer schedule for every timer function: each minute, in UTC. Whether a Copenhagen-time occurrence is
/// due is decided at each tick (<see cref="CopenhagenTimerGate"/>).
/// </summary>
public static class HostCadence
{
    public const string EveryMinute = "0 * * * * *";
}

/// <summary>An HTTP request to <c>/api/{Route}</c>.</summary>
public sealed record HttpTrigger(string Route, IReadOnlyList<string> Methods, AuthLevel AuthLevel) : Trigger;

/// <summary>As the Functions host's authorization levels (same numbering).</summary>
public enum AuthLevel
{
    Anonymous = 0,
    User = 1,
    Function = 2,
    System = 3,
    Admin = 4,
}

/// <summary>Runs when a blob arrives. <paramref name="blobName"/> is the name inside the trigger's container.</summary>
public interface IBlobFunction
{
    Task RunAsync(string blobName, CancellationToken cancellationToken);
}

public interface ITimerFunction
{
    Task RunAsync(TimerTick tick, CancellationToken cancellationToken);
}

public interface IHttpFunction
{
    Task<HttpAnswer> RunAsync(HttpCall call, CancellationToken cancellationToken);
}

/// <summary>One occurrence of a timer; <paramref name="IsPastDue"/> when it runs late (the host was down, say).</summary>
public sealed record TimerTick(DateTimeOffset ScheduledFor, bool IsPastDue);

/// <summary>An HTTP request, whether standalone mode's Kestrel or the worker's ASP.NET Core integration received it.</summary>
public sealed record HttpCall(
    string Method,
    Uri Url,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> RouteValues,
    string Body);

public sealed record HttpAnswer(int StatusCode, string ContentType, string Body)
{
    public static HttpAnswer Json(string body, int statusCode = 200) => new(statusCode, "application/json; charset=utf-8", body);

    public static HttpAnswer Html(string body, int statusCode = 200) => new(statusCode, "text/html; charset=utf-8", body);

    public static HttpAnswer Text(string body, int statusCode = 200) => new(statusCode, "text/plain; charset=utf-8", body);

    /// <summary>Where a 303 sends the browser: after a form's POST the page is fetched again, so reloading it posts nothing twice.</summary>
    public string? Location { get; init; }

    /// <summary>A <c>Set-Cookie</c> header to send with the answer.</summary>
    public string? SetCookie { get; init; }

    public static HttpAnswer SeeOther(string location) => new(303, "text/plain; charset=utf-8", "") { Location = location };

    /// <summary>A file's bytes (fonts, icons); when set, they are the answer instead of <see cref="Body"/>.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>Static files the browser may keep for a day.</summary>
    public static HttpAnswer File(byte[] bytes, string contentType) => new(200, contentType, "") { Bytes = bytes, CacheControl = "public, max-age=86400" };

    public string? CacheControl { get; init; }

    /// <summary>A refused request's <c>Retry-After</c>, in seconds.</summary>
    public int? RetryAfterSeconds { get; init; }
}
