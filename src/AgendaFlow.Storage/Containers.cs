namespace AgendaFlow.Storage;

/// <summary>Blob container names; part of the contract with chairs' upload tools and outside checks.</summary>
public static class Containers
{
    public const string Agendas = "agendas";
    public const string RejectedAgendas = "agendas-rejected";
    public const string Rosters = "rosters";
}
