using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>
/// The transport of EFI's Pix API: mutual TLS with the account's .p12 certificate when one is configured, and
/// the server trusted through the system's roots or, when set, only through the configured CA.
/// </summary>
internal static class EfiPixTransport
{
    public static SocketsHttpHandler CreateHandler(EfiOptions options) =>
        CreateHandler(options.HasPixCertificate ? LoadCertificate(options) : null, options.PixTrustedCertificateAuthorityPem);

    public static SocketsHttpHandler CreateHandler(X509Certificate2? certificate, string? trustedAuthorityPem)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (certificate is not null)
        {
            handler.SslOptions.ClientCertificates = [certificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }

        if (!string.IsNullOrWhiteSpace(trustedAuthorityPem))
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.Add(X509Certificate2.CreateFromPem(trustedAuthorityPem));
            handler.SslOptions.CertificateChainPolicy = policy;
        }

        return handler;
    }

    /// <summary>
    /// Creates the primary handler of the Pix client: the host's certificate for calls with the host account,
    /// and the tenant's own certificate, on connections of its own, for calls with a tenant's account.
    /// </summary>
    public static Integrations.ClientCertificateRoutingHandler CreateRoutingHandler(EfiOptions options) => new(
        () => Integrations.ProviderAccountScope<Integrations.EfiAccount>.Current is { } account ? (true, account.Certificate) : (false, null),
        certificate => CreateHandler(certificate, options.PixTrustedCertificateAuthorityPem),
        () => CreateHandler(options));

    public static X509Certificate2 LoadCertificate(EfiOptions options)
    {
        var pkcs12 = !string.IsNullOrWhiteSpace(options.PixCertificatePath)
            ? File.ReadAllBytes(options.PixCertificatePath)
            : Convert.FromBase64String(options.PixCertificateBase64!);
        var certificate = X509CertificateLoader.LoadPkcs12(pkcs12, options.PixCertificatePassword);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new CryptographicException("The certificate has no private key.");
        }

        return certificate;
    }
}

/// <summary>Checks at start that a configured Pix certificate loads, naming the setting and never the password.</summary>
internal sealed class EfiPixCertificateValidator : IValidateOptions<EfiOptions>
{
    public ValidateOptionsResult Validate(string? name, EfiOptions options)
    {
        if (!options.HasPixCertificate)
        {
            return ValidateOptionsResult.Success;
        }

        var setting = string.IsNullOrWhiteSpace(options.PixCertificatePath) ? "Efi:PixCertificateBase64" : "Efi:PixCertificatePath";
        try
        {
            using var certificate = EfiPixTransport.LoadCertificate(options);
            return ValidateOptionsResult.Success;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"The EFI Pix certificate in {setting} could not be loaded ({exception.GetType().Name}); set the account's .p12 and Efi:PixCertificatePassword if it has one.");
        }
    }
}
