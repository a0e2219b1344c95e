using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Sandbox.Inter;

/// <summary>
/// Applies <see cref="InterFaultSwitches"/> to requests on the API listener. A fault set to act after
/// handling lets the route run, so its change is made, then discards the response and fails instead.
/// </summary>
internal static class InterFaultMiddleware
{
    // A hanging request ends after this long at most, in case the client never gives up.
    private static readonly TimeSpan MaxHang = TimeSpan.FromMinutes(2);

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var faults = context.RequestServices.GetRequiredService<InterFaultSwitches>();
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? string.Empty;
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, context.RequestAborted);
        }

        if (faults.TryTake(method, path, afterHandling: false) is { } before)
        {
            await FailAsync(context, before);
            return;
        }

        if (!faults.HasPending(method, path, afterHandling: true))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        context.Response.Clear();
        if (faults.TryTake(method, path, afterHandling: true) is { } after)
        {
            await FailAsync(context, after);
        }
    }

    private static async Task FailAsync(HttpContext context, InterFault fault)
    {
        if (fault.Kind == InterFaultKind.Hang)
        {
            try
            {
                await Task.Delay(MaxHang, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = fault.Kind == InterFaultKind.Hang ? StatusCodes.Status504GatewayTimeout : fault.StatusCode;
        if (fault.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            context.Response.Headers.RetryAfter = ((int)fault.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }
}
