using AgendaFlow.TestSupport;
using AgendaFlow.Load;

// The load run (README.md, Performance): real Azurite, OpenSMTPD and Dovecot, the app in this process.
//   dotnet run -c Release --project tests/AgendaFlow.Load [-- invitations|replies|startup|history|badinput|emulator ...]
// With no argument every scenario but history runs (it seeds five years of meetings first, a few minutes). Needs root (the mail fixture starts Dovecot and OpenSMTPD as tests/run.sh does).
string[] which = args.Length == 0 ? ["invitations", "replies", "startup"] : args;
var figures = new Figures();
Console.WriteLine($"Load run on {Environment.ProcessorCount} cores, load average {LoadAverage()} at start");

if (which.Contains("invitations") || which.Contains("replies"))
{
    var azurite = new Azurite();
    var mail = new MailServers();
    await azurite.InitializeAsync();
    await mail.InitializeAsync();
    try
    {
        var agendaMailbox = MailServers.NewAddress("dagsorden");
        await using var app = await LoadApp.StartAsync(azurite, mail, agendaMailbox);
        var meeting = await InvitationScenario.RunAsync(azurite, mail, app, participants: 500, figures);
        if (which.Contains("replies"))
        {
            await ReplyScenario.RunAsync(mail, app, agendaMailbox, meeting, replies: 5000, figures);
        }
    }
    finally
    {
        await mail.DisposeAsync();
        await azurite.DisposeAsync();
    }
}

if (which.Contains("badinput"))
{
    var azurite = new Azurite();
    var mail = new MailServers();
    await azurite.InitializeAsync();
    await mail.InitializeAsync();
    try
    {
        await BadInputScenario.RunAsync(azurite, mail, figures);
    }
    finally
    {
        await mail.DisposeAsync();
        await azurite.DisposeAsync();
    }
}

if (which.Any(w => w.StartsWith("history", StringComparison.Ordinal)))
{
    var mail = new MailServers();
    await mail.InitializeAsync();
    try
    {
        // "history:1" seeds one year instead of five (seeding five years takes about an hour on a busy machine).
        var years = which.FirstOrDefault(w => w.StartsWith("history:", StringComparison.Ordinal)) is { } given ? int.Parse(given[8..], System.Globalization.CultureInfo.InvariantCulture) : 5;
        await HistoryScenario.RunAsync(mail, figures, years);
    }
    finally
    {
        await mail.DisposeAsync();
    }
}

if (which.Contains("emulator"))
{
    await EmulatorProbe.RunAsync(figures);
}

if (which.Contains("startup"))
{
    await StartupScenario.RunAsync(figures);
}

figures.Note($"load average at the end: {LoadAverage()} (other builds share these cores)");
figures.Print(Console.Out);

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
