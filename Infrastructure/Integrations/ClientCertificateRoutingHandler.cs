using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conexa.Infrastructure.Integrations;

/// <summary>
/// The primary handler of a mutual-TLS client shared by tenants. Calls made for a tenant's own account go
/// through a SocketsHttpHandler of their own per client certificate (by SHA-256 thumbprint, or one without a
/// certificate), so a pooled connection opened with one account's certificate never carries another
/// account's request. Calls made with the host account use the host's handler.
/// </summary>
internal sealed class ClientCertificateRoutingHandler(
    Func<(bool TenantAccount, X509Certificate2? Certificate)> currentAccount,
    Func<X509Certificate2?, SocketsHttpHandler> createTenantHandler,
    Func<SocketsHttpHandler> createHostHandler) : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Lazy<HttpMessageInvoker>> _tenantInvokers = new(StringComparer.Ordinal);
    private readonly Lazy<HttpMessageInvoker> _hostInvoker = new(() => new HttpMessageInvoker(createHostHandler()));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (tenantAccount, certificate) = currentAccount();
        if (!tenantAccount)
        {
            return _hostInvoker.Value.SendAsync(request, cancellationToken);
        }

        var key = certificate?.GetCertHashString(HashAlgorithmName.SHA256) ?? string.Empty;
        var invoker = _tenantInvokers.GetOrAdd(key, _ => new Lazy<HttpMessageInvoker>(() => new HttpMessageInvoker(createTenantHandler(certificate))));
        return invoker.Value.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var invoker in _tenantInvokers.Values.Where(i => i.IsValueCreated))
            {
                invoker.Value.Dispose();
            }

            if (_hostInvoker.IsValueCreated)
            {
                _hostInvoker.Value.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
