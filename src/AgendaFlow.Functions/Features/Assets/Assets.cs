using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Functions.Hosting;

namespace AgendaFlow.Functions.Features.Assets;

/// <summary>
/// HTTP GET /api/assets/dkfds/{path}: Det Fælles Designsystem's stylesheet, fonts and icons for the app's own pages
/// (answer page, secretariat, chair's check). A function rather than static files, so the same route works under
/// the Functions host, which only forwards its functions' routes.
/// </summary>
public sealed class Assets : IHttpFunction
{
    private readonly SiteAssetFiles _files = SiteAssetFiles.BesideTheApp;

    [Function("Assets")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/{*path}")] HttpRequest request, FunctionContext context) =>
        (await RunAsync(await HttpBinding.CallAsync(request, context, context.CancellationToken), context.CancellationToken)).ToActionResult();

    public Task<HttpAnswer> RunAsync(HttpCall call, CancellationToken cancellationToken)
    {
        var path = call.RouteValues.GetValueOrDefault("path") ?? "";
        const string prefix = SiteAssetFiles.Folder + "/";
        var bytes = path.StartsWith(prefix, StringComparison.Ordinal) ? _files.Read(path[prefix.Length..]) : null;
        return Task.FromResult(bytes is null
            ? HttpAnswer.Text("Filen findes ikke.", 404)
            : HttpAnswer.File(bytes, SiteAssetFiles.ContentTypeOf(path)));
    }
}
