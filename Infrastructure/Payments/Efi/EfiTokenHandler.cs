using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>
/// Adds an EFI bearer token to each request, fetching it with the client credentials (HTTP Basic) and
/// renewing it a minute before it expires. Charges and Pix issue separate tokens from separate paths.
/// </summary>
internal sealed class EfiTokenHandler(string tokenPath, IOptions<EfiOptions> options, TimeProvider clock) : DelegatingHandler
{
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(request.RequestUri!, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> GetTokenAsync(Uri requestUri, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _expiresAt)
            {
                return _token;
            }

            var settings = options.Value;
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(requestUri, tokenPath))
            {
                Content = JsonContent.Create(new EfiTokenRequest("client_credentials")),
            };
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

            using var response = await base.SendAsync(tokenRequest, cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync<EfiToken>(cancellationToken)
                ?? throw new HttpRequestException("EFI returned an empty token response.");

            _token = token.AccessToken;
            _expiresAt = clock.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - RenewalMargin;
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lock.Dispose();
        }

        base.Dispose(disposing);
    }
}
