using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using System.Text.Json;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Uploads;

/// <summary>HTTP GET /api/uploads: the recorded uploads, newest first, for the secretariat and for a quick check.</summary>
public sealed class UploadsList(UploadLedger uploads) : IHttpFunction
{
    [Function("Uploads")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "uploads")] HttpRequest request, FunctionContext context) =>
        (await RunAsync(await HttpBinding.CallAsync(request, context, context.CancellationToken), context.CancellationToken)).ToActionResult();

    public async Task<HttpAnswer> RunAsync(HttpCall call, CancellationToken cancellationToken)
    {
        var receipts = await uploads.ListAsync(cancellationToken);
        var body = JsonSerializer.Serialize(
            receipts.Select(r => new
            {
                blobName = r.BlobName,
                committee = r.Committee,
                size = r.Size,
                contentHash = r.ContentHash.Hex,
                uploadedAt = r.UploadedAt,
                uploader = r.Uploader,
            }),
            AppJson.Options);
        return HttpAnswer.Json(body);
    }
}
