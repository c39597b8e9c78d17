using AgendaFlow.Functions;
using AgendaFlow.Functions.Hosting;

if (WorkerHost.IsStartedByHost(args))
{
    await WorkerHost.Build(args).RunAsync();
}
else
{
    await AgendaFlowApp.Build(args).RunAsync();
}
