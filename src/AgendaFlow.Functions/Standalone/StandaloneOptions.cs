namespace AgendaFlow.Functions.Standalone;

/// <summary>Settings of standalone mode, under <c>AgendaFlow:Standalone</c>.</summary>
public sealed class StandaloneOptions
{
    public const string Section = "AgendaFlow:Standalone";

    /// <summary>How often the agendas container is looked at; an upload is recorded within about this long.</summary>
    public TimeSpan AgendaPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
