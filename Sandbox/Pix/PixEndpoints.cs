using Conexa.Sandbox.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Routes of the Pix API under /v2. Every route needs a bearer token from POST /oauth/token.
/// </summary>
internal static class PixEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var v2 = routes.MapGroup("/v2");
        v2.AddEndpointFilter(new BearerTokenFilter(
            context => context.RequestServices.GetRequiredService<PixTokenIssuer>().Tokens,
            PixErrors.Unauthorized));
        CobEndpoints.Map(v2);
        LocEndpoints.Map(v2);
        WebhookEndpoints.Map(v2);
    }
}
