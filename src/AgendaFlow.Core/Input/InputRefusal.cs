namespace AgendaFlow.Core.Input;

/// <summary>Why a value from outside was refused, in Danish for the person who gave it, with the field named.</summary>
public sealed record InputRefusal(string Field, string Reason)
{
    public override string ToString() => $"{Field}: {Reason}";
}
