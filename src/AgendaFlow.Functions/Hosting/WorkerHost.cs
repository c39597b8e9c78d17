using Microsoft.Azure.Functions.Worker.Builder;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// The app as a .NET isolated worker, the way the Azure Functions host starts it: it connects to the host over gRPC,
/// the host owns the triggers, and HTTP requests come through the ASP.NET Core integration.
/// </summary>
public static class WorkerHost
{
    /// <summary>
    /// The host passes these (newer hosts <c>--functions-uri</c> and friends, older ones <c>--host --port --workerId</c>);
    /// without them the app is standalone.
    /// </summary>
    public static bool IsStartedByHost(string[] args) =>
        args.Any(a => a is "--functions-uri" or "--functions-worker-id" or "--workerId" or "--functionsUri"
            || a.StartsWith("--functions-uri=", StringComparison.Ordinal));

    public static IHost Build(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseWhen<WorkerThrottle>(WorkerThrottle.IsSecretariatPage);
        builder.UseMiddleware<WorkerInvocations>();
        builder.UseWhen<CopenhagenTimerGate>(CopenhagenTimerGate.IsTimer);
        builder.Services.AddAgendaFlow();
        builder.Services.AddSingleton<WorkerInvocations>();
        builder.Services.AddSingleton<WorkerThrottle>();
        builder.Services.AddSingleton<CopenhagenTimerGate>();
        Telemetry.AddTo(builder);
        SecretRedaction.AddTo(builder);
        return builder.Build();
    }
}
