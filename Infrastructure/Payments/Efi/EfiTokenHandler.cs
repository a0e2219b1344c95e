using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Conexa.Infrastructure.Integrations;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>
/// Adds an EFI bearer token to each request, fetching it with the client credentials (HTTP Basic) and
/// renewing it a minute before it expires. Charges and Pix issue separate tokens from separate paths. The
/// credentials are those of the tenant account in <see cref="ProviderAccountScope{TAccount}"/>, or the host's,
/// and tokens are cached per client id and secret, so one account's token never serves another.
/// </summary>
internal sealed class EfiTokenHandler(string tokenPath, IOptions<EfiOptions> options, TimeProvider clock) : DelegatingHandler
{
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, (string Token, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(request.RequestUri!, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> GetTokenAsync(Uri requestUri, CancellationToken cancellationToken)
    {
        var account = ProviderAccountScope<EfiAccount>.Current;
        var clientId = account?.ClientId ?? options.Value.ClientId;
        var clientSecret = account?.ClientSecret ?? options.Value.ClientSecret;
        var cacheKey = CacheKey(clientId, clientSecret);

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_tokens.TryGetValue(cacheKey, out var cached) && clock.GetUtcNow() < cached.ExpiresAt)
            {
                return cached.Token;
            }

            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(requestUri, tokenPath))
            {
                Content = JsonContent.Create(new EfiTokenRequest("client_credentials")),
            };
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

            using var response = await base.SendAsync(tokenRequest, cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync<EfiToken>(cancellationToken)
                ?? throw new HttpRequestException("EFI returned an empty token response.");

            _tokens[cacheKey] = (token.AccessToken, clock.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - RenewalMargin);
            return token.AccessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Returns a key of the client id and a hash of the secret, so a wrong secret for a known client id never reuses its token.</summary>
    internal static string CacheKey(string clientId, string clientSecret) =>
        clientId + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret)));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lock.Dispose();
        }

        base.Dispose(disposing);
    }
}
