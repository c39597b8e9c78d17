namespace AgendaFlow.Functions.Hosting;

/// <summary>One function of the app: its name (a contract), what triggers it, and the type that runs it.</summary>
public sealed record FunctionDefinition(string Name, Trigger Trigger, Type Handler);

public abstract record Trigger;

/// <summary>A new or changed blob in <paramref name="Container"/>; the function gets the name inside it.</summary>
public sealed record BlobTrigger(string Container) : Trigger
{
    public string Path => $"{Container}/{{name}}";
}

/// <summary>A schedule, read from <c>AgendaFlow__Schedules__{Name}</c> with <paramref name="DefaultSchedule"/> when unset.</summary>
public sealed record TimerTrigger(string DefaultSchedule) : Trigger
{
    public static string SettingName(string functionName) => $"AgendaFlow__Schedules__{functionName}";
}

/// <summary>An HTTP request to <c>/api/{Route}</c>.</summary>
public sealed record HttpTrigger(string Route, IReadOnlyList<string> Methods, AuthLevel AuthLevel) : Trigger;

public enum AuthLevel
{
    Anonymous,
    Function,
    Admin,
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

/// <summary>An HTTP request, whether it came from Kestrel directly or inside a custom-handler payload.</summary>
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
}
