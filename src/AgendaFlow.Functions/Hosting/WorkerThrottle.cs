using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Under the Functions host, <see cref="WrongKeyThrottle"/> for the secretariat's page. It cannot be ASP.NET Core's
/// rate-limiting middleware there: the host forwards the request to the worker's Kestrel and sends the invocation over
/// gRPC, and the ASP.NET Core integration pairs the two; a request answered before it reaches the function's endpoint
/// leaves the invocation waiting until it times out. So the same limiter is asked here, once the integration has handed
/// over the request (with the client address from the host's <c>X-Forwarded-For</c>), and a refusal becomes the
/// function's answer.
/// </summary>
public sealed class WorkerThrottle(WrongKeyThrottle throttle) : IFunctionsWorkerMiddleware
{
    public static bool IsSecretariatPage(FunctionContext context) => context.FunctionDefinition.Name == "Oversigt";

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        using var lease = await throttle.AcquireAsync(http, cancellationToken: context.CancellationToken);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        context.GetInvocationResult().Value = WrongKeyThrottle.Refusal(lease, throttle.Options).ToActionResult();
    }
}
