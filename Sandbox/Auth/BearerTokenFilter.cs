using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// Endpoint filter that rejects a request unless it carries "Authorization: Bearer &lt;token&gt;" with a valid,
/// unexpired token of the given issuer.
/// </summary>
internal sealed class BearerTokenFilter(Func<HttpContext, BearerTokenIssuer> issuerOf, Func<string, IResult> reject)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = ReadBearerToken(context.HttpContext.Request);
        if (token is null)
        {
            return reject("Cabeçalho Authorization: Bearer ausente.");
        }

        if (!issuerOf(context.HttpContext).IsValid(token))
        {
            return reject("Token de acesso inválido ou expirado. Solicite um novo token.");
        }

        return await next(context);
    }

    private static string? ReadBearerToken(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
            ? header.Parameter
            : null;
}
