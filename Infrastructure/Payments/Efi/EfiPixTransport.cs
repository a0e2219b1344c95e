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
    public static SocketsHttpHandler CreateHandler(EfiOptions options)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.HasPixCertificate)
        {
            var certificate = LoadCertificate(options);
            handler.SslOptions.ClientCertificates = [certificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }

        if (!string.IsNullOrWhiteSpace(options.PixTrustedCertificateAuthorityPem))
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.Add(X509Certificate2.CreateFromPem(options.PixTrustedCertificateAuthorityPem));
            handler.SslOptions.CertificateChainPolicy = policy;
        }

        return handler;
    }

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
