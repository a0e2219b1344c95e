using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Auth;

/// <summary>
/// Checks a token request of either API: HTTP Basic client_id:client_secret and the JSON body
/// {"grant_type":"client_credentials"}.
/// </summary>
internal sealed class ClientCredentialsValidator(SandboxClients clients)
{
    /// <summary>Returns the outcome and, when the credentials are valid, the client id.</summary>
    public async Task<(TokenRequestResult Result, string? ClientId)> ValidateAsync(HttpRequest request)
    {
        var clientId = ValidClientId(request);
        if (clientId is null)
        {
            return (TokenRequestResult.InvalidClient, null);
        }

        var grantType = await ReadGrantTypeAsync(request);
        return grantType switch
        {
            null => (TokenRequestResult.InvalidRequest, null),
            "client_credentials" => (TokenRequestResult.Valid, clientId),
            _ => (TokenRequestResult.UnsupportedGrantType, null),
        };
    }

    private string? ValidClientId(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        var decoded = DecodeBase64(header.Parameter);
        var separator = decoded?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (decoded is null || separator < 0)
        {
            return null;
        }

        var clientId = decoded[..separator];
        return clients.IsValid(clientId, decoded[(separator + 1)..]) ? clientId : null;
    }

    private static string? DecodeBase64(string value)
    {
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var written)
            ? Encoding.UTF8.GetString(bytes, 0, written)
            : null;
    }

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
