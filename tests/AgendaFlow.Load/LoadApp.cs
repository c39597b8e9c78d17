using AgendaFlow.TestSupport;

namespace AgendaFlow.Load;

/// <summary>
/// The app as the load run starts it: standalone, wired to the fixture's servers, with every timer and the blob
/// watcher pushed out of the way so that only the function under measurement runs.
/// </summary>
internal static class LoadApp
{
    private const string Never = "0 0 0 1 1 *";

    /// <summary>The fixture's client gives up after 60 s; a run under load may take longer, and that is a figure, not a failure.</summary>
    private static readonly HttpClient Patient = new() { Timeout = TimeSpan.FromMinutes(15) };

    public static Task<HttpResponseMessage> PostAsync(RunningApp app, string path, HttpContent content) =>
        Patient.PostAsync(new Uri(app.Client.BaseAddress!, path), content);

    public static Task<RunningApp> StartAsync(Azurite azurite, MailServers mail, string agendaMailbox) =>
        StartAsync(azurite, mail, agendaMailbox, _ => { });

    /// <param name="services">Registrations of the run's own, after the app's (e.g. storage clients that count what they read).</param>
    public static Task<RunningApp> StartAsync(Azurite azurite, MailServers mail, string agendaMailbox, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> services) =>
        RunningApp.StandaloneAsync(
            azurite,
            services,
            ("AgendaFlow__Standalone__AgendaPollInterval", "01:00:00"),
            ("AgendaFlow__Schedules__SendOutbox", Never),
            ("AgendaFlow__Schedules__CollectReplies", Never),
            ("AgendaFlow__Schedules__SendReminders", Never),
            ("AgendaFlow__Schedules__SendAttendanceSummaries", Never),
            ("AgendaFlow__Schedules__ReconcileAgendas", Never),
            // Generated addresses do not match the names, which the chair's check would hold; this is not about that check.
            ("AgendaFlow__ChairCheck__Mode", "Never"),
            ("AgendaFlow__Smtp__Host", "127.0.0.1"),
            ("AgendaFlow__Smtp__Port", mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("AgendaFlow__Smtp__Security", "None"),
            ("AgendaFlow__Imap__Host", "127.0.0.1"),
            ("AgendaFlow__Imap__Port", mail.ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("AgendaFlow__Imap__Security", "None"),
            ("AgendaFlow__Imap__UserName", agendaMailbox),
            ("AgendaFlow__Imap__Password", MailServers.Password),
            ("AgendaFlow__FromAddress", agendaMailbox),
            ("AgendaFlow__SecretariatAddress", "sekretariat@region.example"),
            ("AgendaFlow__PublicBaseUrl", "https://agendaflow.region.example"));
}
