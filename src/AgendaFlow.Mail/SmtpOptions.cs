using AgendaFlow.Core.Sending;

namespace AgendaFlow.Mail;

/// <summary>Outgoing mail: the <c>AgendaFlow:Smtp</c> section (<c>AgendaFlow__Smtp__Host</c> etc.).</summary>
public sealed class SmtpOptions : MailServerOptions
{
    public const string SectionName = "AgendaFlow:Smtp";

    /// <summary>The most messages the relay takes from the mailbox in a minute (Exchange Online: 30); 0 = no limit.</summary>
    public int MessagesPerMinute { get; set; }

    /// <summary>The most recipients the relay takes from the mailbox in 24 hours (Exchange Online: 10,000); 0 = no limit.</summary>
    public int RecipientsPerDay { get; set; }

    /// <summary>
    /// The span <see cref="MessagesPerMinute"/> counts over: a minute. Only tests shorten it, to run the same pacing
    /// at a faster clock against a relay whose own limit counts over the same span.
    /// </summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    public SendingLimits Limits => new(Math.Max(0, MessagesPerMinute), RateWindow > TimeSpan.Zero ? RateWindow : TimeSpan.FromMinutes(1), Math.Max(0, RecipientsPerDay));

    /// <summary>Whose sending the limits count: the relay and the mailbox logged in to (or the relay alone).</summary>
    public string RelayKey => $"{Host}:{EffectivePort}/{UserName}".ToLowerInvariant();

    private protected override int DefaultPort(MailSecurity security) =>
        security == MailSecurity.SslOnConnect ? 465 : 587;
}
