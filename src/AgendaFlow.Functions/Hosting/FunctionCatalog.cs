using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Every function of the app, read from the <c>[Function]</c> methods and their trigger attributes: the same
/// attributes the Functions SDK writes <c>functions.metadata</c> from, so standalone mode's routes, watcher and
/// timers cannot drift from what the host runs.
/// </summary>
public sealed class FunctionCatalog
{
    public FunctionCatalog(IEnumerable<FunctionDefinition> functions)
    {
        All = functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var duplicate = All.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named {duplicate.Key}.");
        }
    }

    public IReadOnlyList<FunctionDefinition> All { get; }

    public static FunctionCatalog App { get; } = FromAssembly(typeof(FunctionCatalog).Assembly);

    public static FunctionCatalog FromAssembly(Assembly assembly) => new(
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        select new FunctionDefinition(function.Name, TriggerOf(method), type));

    public FunctionDefinition? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static Trigger TriggerOf(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            switch (parameter.GetCustomAttribute<TriggerBindingAttribute>())
            {
                case BlobTriggerAttribute blob:
                    return new BlobTrigger(blob.BlobPath.Split('/')[0]);
                case TimerTriggerAttribute:
                    return new TimerTrigger(method.GetCustomAttribute<CopenhagenScheduleAttribute>()?.Schedule
                        ?? throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} has a timer but no [CopenhagenSchedule]."));
                case HttpTriggerAttribute http:
                    return new HttpTrigger(http.Route ?? method.GetCustomAttribute<FunctionAttribute>()!.Name, http.Methods ?? ["get", "post"], (AuthLevel)(int)http.AuthLevel);
            }
        }

        throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} has no trigger this app knows.");
    }
}
