namespace AgendaFlow.Core.Invitations;

/// <summary>Which of the three mails a participant gets about a meeting.</summary>
public enum InvitationKind
{
    /// <summary>The first invitation (also to someone added in a later revision).</summary>
    Invitation,

    /// <summary>"Opdateret dagsorden": the agenda changed after the participant was invited.</summary>
    Update,

    /// <summary>The meeting is cancelled, or the participant was removed from it.</summary>
    Cancellation,

    /// <summary>"Påmindelse": the participant has not answered yet. No calendar part: the entry is already there.</summary>
    Reminder,
}
