namespace AgendaFlow.Core.Replies;

/// <summary>The person who comes in the participant's place (stedfortræder). Either part may be unknown, never both.</summary>
public sealed record Substitute(string? Name, string? Email);
