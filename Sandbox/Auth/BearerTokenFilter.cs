using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// Endpoint filter that rejects a request unless it carries "Authorization: Bearer &lt;token&gt;" with a valid,
/// unexpired token of the given issuer, and stores the token's client id for the route.
/// </summary>
internal sealed class BearerTokenFilter(Func<HttpContext, BearerTokenIssuer> issuerOf, Func<string, IResult> reject)
    : IEndpointFilter
{
    /// <summary>The HttpContext item with the client id of the request's token.</summary>
    public const string ClientIdItem = "Sandbox.ClientId";

    public static string ClientIdOf(HttpContext context) => (string)context.Items[ClientIdItem]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = ReadBearerToken(context.HttpContext.Request);
        if (token is null)
        {
            return reject("Cabeçalho Authorization: Bearer ausente.");
        }

        var clientId = issuerOf(context.HttpContext).ClientOf(token);
        if (clientId is null)
        {
            return reject("Token de acesso inválido ou expirado. Solicite um novo token.");
        }

        context.HttpContext.Items[ClientIdItem] = clientId;
        return await next(context);
    }

    private static string? ReadBearerToken(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
            ? header.Parameter
            : null;
}
