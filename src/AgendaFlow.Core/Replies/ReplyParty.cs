namespace AgendaFlow.Core.Replies;

/// <summary>A person in the reply's own headers (From, To, Cc), against whom a stand-in's name is checked.</summary>
public sealed record ReplyParty(string? Name, string Email);
