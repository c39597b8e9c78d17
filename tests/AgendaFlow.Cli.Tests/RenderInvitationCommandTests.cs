using AgendaFlow.Cli;
using Ical.Net;
using MimeKit;

namespace AgendaFlow.Cli.Tests;

public sealed class RenderInvitationCommandTests
{
    private static readonly string WordAgenda = Path.Combine(AppContext.BaseDirectory, "corpus", "agendas", "sundhedsstyregruppen-2026-12-10.docx");

    [Fact]
    public async Task The_preview_is_the_invitation_that_participant_would_get()
    {
        var output = Path.Combine(Path.GetTempPath(), $"invitation-{Guid.NewGuid():N}.eml");
        var stdout = new StringWriter();

        var exit = await CliApp.RunAsync(["render-invitation", WordAgenda, "--to", "sofie.dahl@randers.example", "--out", output, "--committee", "sundhed"], stdout, new StringWriter());

        Assert.Equal(CliApp.Ok, exit);
        var message = await MimeMessage.LoadAsync(output);
        File.Delete(output);
        Assert.Equal("Indkaldelse: Sundhedsstyregruppen, 10. december 2026", message.Subject);
        Assert.Equal("sofie.dahl@randers.example", message.To.Mailboxes.Single().Address);
        var calendar = Calendar.Load(message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar")).Text)!;
        Assert.Equal("sundhed-2026-12-10@agendaflow.localhost", calendar.Events.Single().Uid);
    }

    [Fact]
    public async Task An_address_that_is_not_a_participant_is_refused_with_the_addresses_that_are()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["render-invitation", WordAgenda, "--to", "ukendt@example.org", "--out", Path.GetTempFileName()], new StringWriter(), stderr);

        Assert.Equal(CliApp.Rejected, exit);
        Assert.Contains("ukendt@example.org står ikke som deltager", stderr.ToString());
        Assert.Contains("sofie.dahl@randers.example", stderr.ToString());
    }
}
