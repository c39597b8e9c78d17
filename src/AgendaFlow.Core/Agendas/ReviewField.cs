namespace AgendaFlow.Core.Agendas;

/// <summary>
/// The names of the fields a person may be asked to check, as `parse --json` lists them under "review" and the
/// upload holds invitations for.
/// </summary>
public static class ReviewField
{
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Date = "date";
    public const string Start = "start";
    public const string End = "end";
    public const string Location = "location";
    public const string Participants = "participants";
    public const string Emails = "emails";
    public const string Items = "items";

    /// <summary>The order the fields are listed in, so the same document always gives the same list.</summary>
    public static readonly IReadOnlyList<string> All = [Kind, Title, Date, Start, End, Location, Participants, Emails, Items];
}
