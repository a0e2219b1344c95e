using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Control;

/// <summary>
/// 303 See Other to <paramref name="location"/>, so a browser follows a form POST with a GET.
/// </summary>
internal sealed class SeeOtherResult(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
