using Conexa.Infrastructure.Integrations;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>
/// Adds tokenAPI and cryptKey to the query of every D4Sign request, as D4Sign authenticates: those of the
/// tenant account in <see cref="ProviderAccountScope{TAccount}"/>, or the host's. The values are secrets:
/// HttpClient's own logging replaces the query with "*" (.NET 9 and later), and this handler logs nothing.
/// </summary>
internal sealed class D4SignCredentialsHandler(IOptions<D4SignOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var account = ProviderAccountScope<D4SignAccount>.Current;
        var tokenApi = account?.TokenApi ?? options.Value.TokenApi;
        var cryptKey = account?.CryptKey ?? options.Value.CryptKey;
        var uri = request.RequestUri!;
        var credentials = $"tokenAPI={Uri.EscapeDataString(tokenApi)}&cryptKey={Uri.EscapeDataString(cryptKey)}";
        var query = string.IsNullOrEmpty(uri.Query) ? "?" + credentials : uri.Query + "&" + credentials;
        request.RequestUri = new UriBuilder(uri) { Query = query.TrimStart('?') }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
