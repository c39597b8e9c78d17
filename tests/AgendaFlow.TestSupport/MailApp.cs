namespace AgendaFlow.TestSupport;

/// <summary>The app wired to the test's Azurite and mail servers, as the end-to-end tests run it.</summary>
public static class MailApp
{
    /// <param name="agendaMailbox">The agenda mailbox: invitations come from it, and CollectReplies reads it over IMAP.</param>
    /// <param name="settings">More settings; a key given here replaces the default.</param>
    public static Task<RunningApp> StartAsync(Azurite azurite, MailServers mail, string agendaMailbox = "dagsorden@region.example", params (string Key, string Value)[] settings) =>
        RunningApp.StandaloneAsync(
            azurite,
            [
                ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250"),
                ("AgendaFlow__Smtp__Host", "127.0.0.1"),
                ("AgendaFlow__Smtp__Port", mail.SmtpPort.ToString()),
                ("AgendaFlow__Smtp__Security", "None"),
                ("AgendaFlow__Imap__Host", "127.0.0.1"),
                ("AgendaFlow__Imap__Port", mail.ImapPort.ToString()),
                ("AgendaFlow__Imap__Security", "None"),
                ("AgendaFlow__Imap__UserName", agendaMailbox),
                ("AgendaFlow__Imap__Password", MailServers.Password),
                ("AgendaFlow__FromAddress", agendaMailbox),
                ("AgendaFlow__PublicBaseUrl", "https://agendaflow.region.example"),
                // The tests' addresses carry a random part that matches no name, which the parser rightly doubts;
                // the chair's check has tests of its own (ChairCheckTests), which set WhenUnsure.
                ("AgendaFlow__ChairCheck__Mode", "Never"),
                .. settings,
            ]);
}
