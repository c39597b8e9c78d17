namespace AgendaFlow.Core.Input;

/// <summary>Why a value from outside was refused, in Danish for the person who gave it, with the field named.</summary>
public sealed record InputRefusal(string Field, string Reason)
{
    /// <summary>The name of the form field the value came from, when it came from a form, so the page can show the error at it.</summary>
    public string? FormField { get; init; }

    public override string ToString() => $"{Field}: {Reason}";
}
