using AgendaFlow.Core.Sending;

namespace AgendaFlow.Core.Tests.Sending;

public sealed class MailPriorityTests
{
    [Theory]
    [InlineData("invitation.r1.ab12cd", MailPriority.MeetingNotice)]
    [InlineData("update.r3.ab12cd", MailPriority.MeetingNotice)]
    [InlineData("cancellation.r2.ab12cd", MailPriority.MeetingNotice)]
    [InlineData("receipt.0f3a", MailPriority.MeetingNotice)]
    [InlineData("reminder.d3.ab12cd", MailPriority.Other)]
    [InlineData("confirmation.ab12cd.2", MailPriority.Other)]
    [InlineData("summary.final", MailPriority.Other)]
    [InlineData("0.r1.ab12cd", MailPriority.Other)]
    public void Meeting_notices_and_the_chairs_receipt_go_before_reminders_confirmations_and_summaries(string key, int expected)
    {
        Assert.Equal(expected, MailPriority.OfOutboxKey(key));
    }
}
