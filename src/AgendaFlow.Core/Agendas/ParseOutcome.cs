namespace AgendaFlow.Core.Agendas;

/// <summary>Either a parsed document or a Danish reason a chair can act on; never an exception.</summary>
public abstract record ParseOutcome
{
    private ParseOutcome()
    {
    }

    public sealed record Parsed(AgendaDocument Document) : ParseOutcome;

    public sealed record Rejected(string Reason) : ParseOutcome;
}
