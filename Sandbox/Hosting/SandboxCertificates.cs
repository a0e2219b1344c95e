using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// A throwaway certificate authority made at start, with the server certificate of the sandbox's HTTPS
/// listener (for 127.0.0.1 and localhost) and one client certificate, as EFI issues one per account and Inter
/// one per integration. Nothing is written to disk.
/// </summary>
internal sealed class SandboxCertificates : IDisposable
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    private SandboxCertificates(X509Certificate2 authority, X509Certificate2 server, X509Certificate2 client, byte[] clientPfx, string clientPfxPassword)
    {
        Authority = authority;
        Server = server;
        Client = client;
        ClientPfx = clientPfx;
        ClientPfxPassword = clientPfxPassword;
    }

    /// <summary>The CA certificate, without its private key.</summary>
    public X509Certificate2 Authority { get; }

    public X509Certificate2 Server { get; }

    public X509Certificate2 Client { get; }

    /// <summary>The client certificate and its key as a password-protected PKCS#12 (.pfx) file.</summary>
    public byte[] ClientPfx { get; }

    public string ClientPfxPassword { get; }

    /// <summary>Makes a CA named after <paramref name="provider"/>, its server certificate and one client certificate.</summary>
    public static SandboxCertificates Create(DateTimeOffset now, string provider)
    {
        var notBefore = now.AddMinutes(-5);
        var notAfter = now.AddDays(30);
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest($"CN=Conexa {provider} Sandbox CA", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        using var authorityWithKey = authorityRequest.CreateSelfSigned(notBefore, notAfter);

        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        var serverPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var serverPfx = Issue(authorityWithKey, "CN=127.0.0.1", ServerAuthentication, names, notBefore, notAfter, serverPassword);

        var clientPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var clientPfx = Issue(authorityWithKey, $"CN=conexa-{provider.ToLowerInvariant()}-sandbox-client", ClientAuthentication, null, notBefore, notAfter, clientPassword);

        return new SandboxCertificates(
            X509CertificateLoader.LoadCertificate(authorityWithKey.RawData),
            X509CertificateLoader.LoadPkcs12(serverPfx, serverPassword),
            X509CertificateLoader.LoadPkcs12(clientPfx, clientPassword),
            clientPfx,
            clientPassword);
    }

    /// <summary>Tells whether <paramref name="certificate"/> was issued by this CA for client authentication.</summary>
    public bool IsIssuedClientCertificate(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        return chain.Build(certificate);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        Client.Dispose();
    }

    private static byte[] Issue(
        X509Certificate2 authority, string subject, Oid usage, SubjectAlternativeNameBuilder? names,
        DateTimeOffset notBefore, DateTimeOffset notAfter, string password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        if (names is not null)
        {
            request.CertificateExtensions.Add(names.Build());
        }

        var serialNumber = RandomNumberGenerator.GetBytes(16);
        serialNumber[0] &= 0x7F;
        using var issued = request.Create(authority, notBefore, notAfter, serialNumber);
        using var withKey = issued.CopyWithPrivateKey(key);
        return withKey.Export(X509ContentType.Pfx, password);
    }
}
