using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conexa.Application.Integrations.SaveIntegration;

/// <summary>Loads the client certificates that admins upload, so a wrong file or password is rejected at save time.</summary>
internal static class ClientCertificateCheck
{
    /// <summary>Returns null when the base64 PKCS#12 loads with the password and has a private key, or the reason in pt-BR.</summary>
    public static string? ProblemWithPkcs12(string? base64, string? password, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return "O certificado não está em base64; envie o arquivo .p12/.pfx.";
        }

        try
        {
            using var certificate = X509CertificateLoader.LoadPkcs12(bytes, string.IsNullOrEmpty(password) ? null : password);
            return certificate.HasPrivateKey
                ? ProblemWithValidity(certificate, now)
                : "O certificado não contém a chave privada; exporte o .p12/.pfx com a chave.";
        }
        catch (CryptographicException)
        {
            return "Não foi possível abrir o certificado com a senha informada; confira o arquivo .p12/.pfx e a senha.";
        }
    }

    /// <summary>Returns null when the PEM certificate and key form a pair, or the reason in pt-BR.</summary>
    public static string? ProblemWithPem(string? certificatePem, string? privateKeyPem, DateTimeOffset now)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(certificatePem, privateKeyPem);
            return ProblemWithValidity(certificate, now);
        }
        catch (CryptographicException)
        {
            return "O certificado (.crt) e a chave (.key) em PEM não puderam ser lidos juntos; confira se a chave é a do certificado.";
        }
        catch (ArgumentException)
        {
            return "O certificado (.crt) e a chave (.key) devem estar em PEM.";
        }
    }

    /// <summary>Returns null while the certificate is valid at <paramref name="now"/>, or the reason in pt-BR.</summary>
    private static string? ProblemWithValidity(X509Certificate2 certificate, DateTimeOffset now)
    {
        if (certificate.NotAfter.ToUniversalTime() < now.UtcDateTime)
        {
            return $"O certificado venceu em {certificate.NotAfter.ToUniversalTime():dd/MM/yyyy}; gere um novo no portal do provedor e envie-o.";
        }

        return certificate.NotBefore.ToUniversalTime() > now.UtcDateTime
            ? $"O certificado só vale a partir de {certificate.NotBefore.ToUniversalTime():dd/MM/yyyy}; envie um certificado já válido."
            : null;
    }

    /// <summary>Converts a PEM certificate and key into a PKCS#12 without password, the form stored and used at run time.</summary>
    public static string Pkcs12FromPem(string certificatePem, string privateKeyPem)
    {
        using var certificate = X509Certificate2.CreateFromPem(certificatePem, privateKeyPem);
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    }
}
