using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>
/// Adds tokenAPI and cryptKey to the query of every D4Sign request, as D4Sign authenticates. The values are
/// secrets: HttpClient's own logging replaces the query with "*" (.NET 9 and later), and this handler logs nothing.
/// </summary>
internal sealed class D4SignCredentialsHandler(IOptions<D4SignOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var uri = request.RequestUri!;
        var credentials = $"tokenAPI={Uri.EscapeDataString(settings.TokenApi)}&cryptKey={Uri.EscapeDataString(settings.CryptKey)}";
        var query = string.IsNullOrEmpty(uri.Query) ? "?" + credentials : uri.Query + "&" + credentials;
        request.RequestUri = new UriBuilder(uri) { Query = query.TrimStart('?') }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
