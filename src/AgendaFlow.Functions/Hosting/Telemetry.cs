using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// AgendaFlow's traces and metrics: a span per function invocation, and counters for what the secretariat cares
/// about (mails sent and failed, replies understood or left for a person, agendas rejected). Exported to Azure
/// Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, to the console when
/// <c>AgendaFlow__Telemetry__Console</c> is true, and nowhere otherwise.
/// </summary>
public static class Telemetry
{
    public const string Name = "AgendaFlow";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> MailsSent = Meter.CreateCounter<long>("agendaflow.mails.sent", description: "Mails the SMTP server accepted");

    public static readonly Counter<long> MailsFailed = Meter.CreateCounter<long>("agendaflow.mails.failed", description: "Mails given up on for good");

    public static readonly Counter<long> RepliesHandled = Meter.CreateCounter<long>("agendaflow.replies", description: "Replies read, by outcome (understood or manual)");

    public static readonly Counter<long> AgendasRejected = Meter.CreateCounter<long>("agendaflow.agendas.rejected", description: "Uploads rejected with a reason");

    public static readonly Counter<long> Invocations = Meter.CreateCounter<long>("agendaflow.invocations", description: "Function invocations, by function and outcome");

    public static void AddTo(IHostApplicationBuilder builder)
    {
        var azureMonitor = !string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var console = builder.Configuration.GetValue<bool>("AgendaFlow:Telemetry:Console");
        if (!azureMonitor && !console)
        {
            return;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource(Name).AddAspNetCoreInstrumentation())
            .WithMetrics(m => m.AddMeter(Name));
        if (azureMonitor)
        {
            otel.UseAzureMonitor();
        }

        if (console)
        {
            otel.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
        }
    }
}
