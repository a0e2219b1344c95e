using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Conexa.Infrastructure.Integrations;

/// <summary>
/// Loads each stored PKCS#12 certificate once and keeps it for the life of the process, keyed by a hash of
/// the file and password, so a replaced certificate gets a new entry and calls never reparse the file.
/// </summary>
internal sealed class ClientCertificateCache : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<X509Certificate2>> _certificates = new(StringComparer.Ordinal);

    public X509Certificate2 Load(string pkcs12Base64, string? password)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(pkcs12Base64 + "\n" + password)));
        return _certificates.GetOrAdd(
            key,
            _ => new Lazy<X509Certificate2>(() => X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(pkcs12Base64), password))).Value;
    }

    public void Dispose()
    {
        foreach (var certificate in _certificates.Values.Where(c => c.IsValueCreated))
        {
            certificate.Value.Dispose();
        }
    }
}
