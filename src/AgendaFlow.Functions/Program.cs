using AgendaFlow.Functions;
using AgendaFlow.Functions.Hosting;

if (args is [FunctionMetadata.Switch, var directory])
{
    FunctionMetadata.WriteAll(FunctionCatalog.App, directory);
    return;
}

await AgendaFlowApp.Build(args, FunctionCatalog.App).RunAsync();
