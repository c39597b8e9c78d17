using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using System.Text.Json;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Uploads;

/// <summary>
/// HTTP GET /api/uploads: every upload, newest first, for the secretariat and for a quick check: received ones and
/// refused ones with the reason the uploader was given (an empty file too), times in Copenhagen time.
/// </summary>
public sealed class UploadsList(UploadLedger uploads) : IHttpFunction
{
    [Function("Uploads")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "uploads")] HttpRequest request, FunctionContext context) =>
        (await RunAsync(await HttpBinding.CallAsync(request, context, context.CancellationToken), context.CancellationToken)).ToActionResult();

    public async Task<HttpAnswer> RunAsync(HttpCall call, CancellationToken cancellationToken)
    {
        var records = await uploads.ListAsync(cancellationToken);
        var body = JsonSerializer.Serialize(
            records.Select(r => new
            {
                blobName = r.BlobName,
                committee = r.Committee,
                size = r.Size,
                contentHash = r.ContentHash,
                // Copenhagen time with its offset: what the chair's clock said, and still an exact instant.
                uploadedAt = Core.Scheduling.CopenhagenTime.ToLocal(r.UploadedAt),
                uploader = r.Uploader,
                status = r.RejectedBecause is null ? "modtaget" : "afvist",
                reason = r.RejectedBecause,
            }),
            AppJson.Options);
        return HttpAnswer.Json(body);
    }
}
