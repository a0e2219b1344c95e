using System.Globalization;
using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// Token endpoints of both APIs: POST /v1/authorize (Charges) and POST /oauth/token (Pix).
/// </summary>
internal static class TokenEndpoints
{
    private const string PixScopes = "cob.write cob.read pix.read webhook.write webhook.read";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/authorize", AuthorizeChargesAsync);
        routes.MapPost("/oauth/token", AuthorizePixAsync);
    }

    private static async Task<IResult> AuthorizeChargesAsync(
        HttpRequest request, ClientCredentialsValidator validator, ChargesTokenIssuer issuer)
    {
        var (result, clientId) = await validator.ValidateAsync(request);
        var rejection = Reject(result);
        if (rejection is not null)
        {
            return rejection;
        }

        var (accessToken, expiresAt) = issuer.Tokens.Issue(clientId!);
        // The sandbox has no refresh grant, so the refresh token is never accepted anywhere.
        var refreshToken = RandomTokens.Alphanumeric(40);
        return Results.Json(new JsonObject
        {
            ["access_token"] = accessToken,
            ["refresh_token"] = refreshToken,
            ["expires_in"] = (int)issuer.Tokens.Lifetime.TotalSeconds,
            // NOTE: EFI names expire_at but does not document its format. Unix time in milliseconds is a guess.
            ["expire_at"] = expiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["token_type"] = "Bearer",
        });
    }

    private static async Task<IResult> AuthorizePixAsync(
        HttpRequest request, ClientCredentialsValidator validator, PixTokenIssuer issuer)
    {
        var (result, clientId) = await validator.ValidateAsync(request);
        var rejection = Reject(result);
        if (rejection is not null)
        {
            return rejection;
        }

        var (accessToken, _) = issuer.Tokens.Issue(clientId!);
        return Results.Json(new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)issuer.Tokens.Lifetime.TotalSeconds,
            ["scope"] = PixScopes,
        });
    }

    // Token errors use the OAuth 2.0 error codes of RFC 6749, section 5.2.
    private static IResult? Reject(TokenRequestResult result) => result switch
    {
        TokenRequestResult.Valid => null,
        TokenRequestResult.InvalidClient => OAuthError(
            StatusCodes.Status401Unauthorized, "invalid_client", "client_id ou client_secret inválido ou ausente."),
        TokenRequestResult.UnsupportedGrantType => OAuthError(
            StatusCodes.Status400BadRequest, "unsupported_grant_type", "grant_type deve ser client_credentials."),
        _ => OAuthError(
            StatusCodes.Status400BadRequest, "invalid_request",
            "O corpo deve ser JSON com grant_type igual a client_credentials."),
    };

    private static IResult OAuthError(int status, string error, string description) =>
        Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
