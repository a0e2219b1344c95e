using System.Security.Cryptography.X509Certificates;
using Conexa.Infrastructure.Integrations;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>
/// The host's client certificate presented to Inter (null when Inter:ClientId is not set), and the server
/// trust of every Inter call: the system's roots, or only the CA of
/// <see cref="InterOptions.TrustedCertificateAuthorityPem"/> when it is set.
/// </summary>
internal sealed class InterCredentials : IDisposable
{
    public InterCredentials(IOptions<InterOptions> options)
    {
        if (options.Value.IsConfigured)
        {
            ClientCertificate = LoadClientCertificate(options.Value);
        }

        if (!string.IsNullOrWhiteSpace(options.Value.TrustedCertificateAuthorityPem))
        {
            TrustedAuthority = X509Certificate2.CreateFromPem(options.Value.TrustedCertificateAuthorityPem);
        }
    }

    public X509Certificate2? ClientCertificate { get; }

    public X509Certificate2? TrustedAuthority { get; }

    public static X509Certificate2 LoadClientCertificate(InterOptions options)
    {
        var pfx = !string.IsNullOrWhiteSpace(options.CertificatePath)
            ? File.ReadAllBytes(options.CertificatePath)
            : Convert.FromBase64String(options.CertificateBase64 ?? string.Empty);
        return X509CertificateLoader.LoadPkcs12(pfx, options.CertificatePassword);
    }

    /// <summary>
    /// Creates the transport of every Inter client: mutual TLS with the host's certificate, or with the
    /// certificate of the tenant account in <see cref="ProviderAccountScope{TAccount}"/> on connections of its own.
    /// </summary>
    public ClientCertificateRoutingHandler CreateHandler() => new(
        () => ProviderAccountScope<InterAccount>.Current is { } account ? (true, account.Certificate) : (false, null),
        CreateHandler,
        () => CreateHandler(ClientCertificate));

    /// <summary>Creates a mutual-TLS handler that presents <paramref name="certificate"/> and trusts the configured CA.</summary>
    public SocketsHttpHandler CreateHandler(X509Certificate2? certificate)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (certificate is not null)
        {
            handler.SslOptions.ClientCertificates = [certificate];

            // The server may list acceptable issuers that do not name our CA, but Inter's certificate is the only one to send.
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }

        if (TrustedAuthority is not null)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.Add(TrustedAuthority);
            handler.SslOptions.CertificateChainPolicy = policy;
        }

        return handler;
    }

    public void Dispose()
    {
        ClientCertificate?.Dispose();
        TrustedAuthority?.Dispose();
    }
}
