using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Cli;

/// <summary>
/// <c>render-invitation AGENDA_FILE --to EMAIL --out FILE.eml [--committee NAME]</c>: writes the invitation that
/// participant would get, to open in a mail program before anything is sent. The reply token is a fresh one made for
/// the preview; the real one is made when the meeting is stored.
/// </summary>
internal static class RenderInvitationCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var to = CliApp.Option(args, "--to");
        var output = CliApp.Option(args, "--out");
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) || to is null || output is null)
        {
            await stderr.WriteLineAsync("Brug: render-invitation DAGSORDEN --to E-MAIL --out FIL.eml [--committee UDVALG]");
            return CliApp.Usage;
        }

        if (!File.Exists(args[0]))
        {
            await stderr.WriteLineAsync($"Filen findes ikke: {args[0]}");
            return CliApp.Rejected;
        }

        if (AgendaFileParser.Parse(await File.ReadAllBytesAsync(args[0]), Path.GetFileName(args[0])) is not ParseOutcome.Parsed parsed)
        {
            await stderr.WriteLineAsync("Filen kan ikke læses som en dagsorden; kør 'parse' for at se hvorfor.");
            return CliApp.Rejected;
        }

        var (meeting, reason) = MeetingFromAgenda.Map(parsed.Document, CliApp.Option(args, "--committee"), Roster.Empty);
        if (meeting is null)
        {
            await stderr.WriteLineAsync(reason);
            return CliApp.Rejected;
        }

        var invitee = meeting.Participants.FirstOrDefault(p => string.Equals(p.Email, to, StringComparison.OrdinalIgnoreCase));
        if (invitee is null)
        {
            await stderr.WriteLineAsync($"{to} står ikke som deltager i dagsordenen. Deltagere med e-mailadresse: " +
                string.Join(", ", meeting.Participants.Where(p => p.Email is not null).Select(p => p.Email)));
            return CliApp.Rejected;
        }

        var settings = new MailSettings(
            Environment.GetEnvironmentVariable("AgendaFlow__FromAddress") ?? "dagsorden@agendaflow.localhost",
            new Uri(Environment.GetEnvironmentVariable("AgendaFlow__PublicBaseUrl") ?? "http://127.0.0.1:7071"));
        var message = InvitationMail.Render(
            new Invitation(meeting, invitee, ReplyToken.New(), InvitationKind.Invitation, [], []), settings, DateTimeOffset.Now);
        await using (var file = File.Create(output))
        {
            await message.WriteToAsync(file);
        }

        await stdout.WriteLineAsync($"Invitationen til {invitee.Name} er skrevet til {output}");
        return CliApp.Ok;
    }
}
