using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Conexa.Infrastructure.Integrations;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>
/// Inter access tokens, one per scope string as Inter's own SDK keeps them, fetched with the client
/// credentials (POST /oauth/v2/token, form-encoded, over mutual TLS) and renewed before they expire. The
/// credentials are those of the tenant account in <see cref="ProviderAccountScope{TAccount}"/>, or the host's,
/// and tokens are cached per client id, secret and scope.
/// </summary>
internal sealed class InterTokenCache(IHttpClientFactory httpClients, IOptions<InterOptions> options, TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "Inter.Token";

    // Inter's SDK renews 60 s before expiry. A token that lives less than two minutes is renewed at half its life.
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, (string Token, DateTimeOffset RenewAt)> tokens = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(string scope, CancellationToken cancellationToken)
    {
        var (clientId, clientSecret) = CurrentClient();
        var key = CacheKey(clientId, clientSecret, scope);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (tokens.TryGetValue(key, out var cached) && clock.GetUtcNow() < cached.RenewAt)
            {
                return cached.Token;
            }

            var token = await RequestAsync(clientId, clientSecret, scope, cancellationToken);
            var lifetime = TimeSpan.FromSeconds(token.ExpiresIn);
            var margin = lifetime > 2 * RenewalMargin ? RenewalMargin : lifetime / 2;
            tokens[key] = (token.AccessToken, clock.GetUtcNow() + lifetime - margin);
            return token.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops the current account's token of a scope, after Inter rejected it, so the next call fetches a new one.</summary>
    public void Invalidate(string scope)
    {
        var (clientId, clientSecret) = CurrentClient();
        gate.Wait();
        try
        {
            tokens.Remove(CacheKey(clientId, clientSecret, scope));
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private (string ClientId, string ClientSecret) CurrentClient() =>
        ProviderAccountScope<InterAccount>.Current is { } account
            ? (account.ClientId, account.ClientSecret)
            : (options.Value.ClientId, options.Value.ClientSecret);

    private static string CacheKey(string clientId, string clientSecret, string scope) =>
        Efi.EfiTokenHandler.CacheKey(clientId, clientSecret) + " " + scope;

    private async Task<InterTokenResponse> RequestAsync(string clientId, string clientSecret, string scope, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["grant_type"] = "client_credentials",
            ["scope"] = scope,
        });
        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.PostAsync(new Uri(settings.BaseUrl, "oauth/v2/token"), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Inter refused the token request for scope '{scope}' with status {(int)response.StatusCode}; check the client id and secret (Inter:* or the tenant's own integration) and the scopes enabled on the integration.",
                null,
                response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<InterTokenResponse>(cancellationToken)
            ?? throw new HttpRequestException("Inter returned an empty token response.");
    }

    private sealed record InterTokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
