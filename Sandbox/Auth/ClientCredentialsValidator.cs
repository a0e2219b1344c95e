using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// Checks a token request of either API: HTTP Basic client_id:client_secret and the JSON body
/// {"grant_type":"client_credentials"}.
/// </summary>
internal sealed class ClientCredentialsValidator(IOptions<EfiSandboxOptions> options)
{
    public async Task<TokenRequestResult> ValidateAsync(HttpRequest request)
    {
        if (!HasValidBasicCredentials(request))
        {
            return TokenRequestResult.InvalidClient;
        }

        var grantType = await ReadGrantTypeAsync(request);
        return grantType switch
        {
            null => TokenRequestResult.InvalidRequest,
            "client_credentials" => TokenRequestResult.Valid,
            _ => TokenRequestResult.UnsupportedGrantType,
        };
    }

    private bool HasValidBasicCredentials(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return false;
        }

        var decoded = DecodeBase64(header.Parameter);
        var separator = decoded?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (decoded is null || separator < 0)
        {
            return false;
        }

        return EqualsInConstantTime(decoded[..separator], options.Value.ClientId)
            & EqualsInConstantTime(decoded[(separator + 1)..], options.Value.ClientSecret);
    }

    private static string? DecodeBase64(string value)
    {
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var written)
            ? Encoding.UTF8.GetString(bytes, 0, written)
            : null;
    }

    private static bool EqualsInConstantTime(string actual, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));

    private static async Task<string?> ReadGrantTypeAsync(HttpRequest request)
    {
        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var grantType = body is JsonObject json ? json["grant_type"] : null;
            return grantType?.GetValueKind() == JsonValueKind.String ? grantType.GetValue<string>() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
