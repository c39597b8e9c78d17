using System.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;
using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.ChairChecks;

/// <summary>
/// HTTP GET/POST /api/tjek/{token}: the chair's check of an upload held before sending. GET shows the meeting as
/// understood with the uncertain fields marked; POST takes the corrections, keeps them as the meeting's revision
/// with the chair's address, sends the invitations once, and redirects to the page, which then says they are sent.
/// </summary>
public sealed class Dagsordentjek(
    ChairCheckStore chairChecks,
    AgendaStore agendas,
    InvitationSender invitations,
    ILogger<Dagsordentjek> logger) : IHttpFunction
{
    [Function("Dagsordentjek")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "tjek/{token}")] HttpRequest request, FunctionContext context) =>
        (await RunAsync(await HttpBinding.CallAsync(request, context, context.CancellationToken), context.CancellationToken)).ToActionResult();

    public async Task<HttpAnswer> RunAsync(HttpCall call, CancellationToken cancellationToken)
    {
        if (await PersonalLink.FindAsync(call, chairChecks.FindAsync, cancellationToken) is not (var token, var held))
        {
            return PersonalLink.Unknown(ChairCheckPage.NotFound());
        }

        if (held is { IsSuperseded: true, Checked: null })
        {
            return HttpAnswer.Html(ChairCheckPage.Superseded(held.Understood), 409);
        }

        var isPost = string.Equals(call.Method, "POST", StringComparison.OrdinalIgnoreCase);
        if (!isPost)
        {
            return HttpAnswer.Html(held.Checked is { } sent ? ChairCheckPage.Sent(sent) : ChairCheckPage.Form(held.Understood, DecisionFor(held)));
        }

        var meeting = held.Checked;
        if (meeting is null)
        {
            var form = HttpUtility.ParseQueryString(call.Body);
            var typed = form.AllKeys.OfType<string>().ToDictionary(k => k, k => form[k], StringComparer.Ordinal);
            var (corrected, refusal) = ChairCorrection.Apply(held.Understood, typed, held.Chair);
            if (refusal is not null)
            {
                return HttpAnswer.Html(ChairCheckPage.Form(held.Understood, DecisionFor(held), refusal, typed), 400);
            }

            meeting = await chairChecks.CheckAsync(token, corrected!, cancellationToken);
        }

        // A second press, or a retry after a failure half-way, sends the same revision again: the meeting store and
        // the outbox know it by the same content key, so nobody gets a mail twice.
        var (stored, planned) = await invitations.SendAsync(meeting, $"{held.ContentHash}.tjek", held.SourceBlob, await AttachmentAsync(held, cancellationToken), cancellationToken);
        logger.LogInformation("Meeting {MeetingId} checked by its chair: revision {Revision}, {Planned} mail(s) planned", stored.Id, stored.Revision, planned);
        return HttpAnswer.SeeOther(call.Url.AbsolutePath);
    }

    private static ChairCheckDecision DecisionFor(HeldMeeting held) =>
        Core.Meetings.ChairCheck.Decide(held.Review, held.Understood.Participants.Where(p => p.Email is null).Select(p => p.Name), ChairCheckMode.Always);

    private async Task<InvitationAttachment?> AttachmentAsync(HeldMeeting held, CancellationToken cancellationToken) =>
        await agendas.ReadAsync(held.SourceBlob, cancellationToken) is { } blob
            ? new InvitationAttachment(Path.GetFileName(held.SourceBlob), held.ContentType ?? "application/octet-stream", blob.Content)
            : null;
}
