using System.Security.Claims;
using Conexa.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Conexa.Api.Security;

/// <summary>
/// Middleware that treats a bearer token as anonymous once its login is deleted or its security stamp has
/// changed, so the authorization that follows returns 401. Without it an access token stays valid for its
/// whole hour, also after the customer's data is anonymised and the login deleted. A password set through
/// an invitation changes the stamp, so it also ends the older sessions.
/// </summary>
internal sealed partial class RevokedLoginMiddleware(RequestDelegate next, ILogger<RevokedLoginMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The sign-in manager is resolved only for a signed-in caller: building it builds the user store and a
        // database context, which anonymous requests such as the public checkout do not need.
        if (context.User.Identity?.IsAuthenticated == true
            && await context.RequestServices.GetRequiredService<SignInManager<AppUser>>().ValidateSecurityStampAsync(context.User) is null)
        {
            LogRevoked(context.User.FindFirstValue(ClaimTypes.NameIdentifier));
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A token of user {UserId} was rejected: the login was deleted or its security stamp changed")]
    private partial void LogRevoked(string? userId);
}
