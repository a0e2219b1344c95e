namespace Conexa.Infrastructure.Payments.Efi;

/// <summary>EFI credentials and hosts; the base URLs point at the local sandbox in Development.</summary>
public sealed class EfiOptions
{
    public const string SectionName = "Efi";

    public Uri ChargesBaseUrl { get; set; } = new("https://cobrancas-h.api.efipay.com.br");

    public Uri PixBaseUrl { get; set; } = new("https://pix-h.api.efipay.com.br");

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The account's Pix key (chave) that receives the payments.</summary>
    public string PixKey { get; set; } = string.Empty;

    /// <summary>Seconds a Pix code stays payable at least; a charge payable for longer (until its write-off) gets a code that lasts as long.</summary>
    public int PixExpirationSeconds { get; set; } = 86_400;

    /// <summary>Path of the account's .p12 certificate, which EFI's Pix API demands for mutual TLS.</summary>
    public string? PixCertificatePath { get; set; }

    /// <summary>The same .p12 in base64, for secret stores that keep text; used when no path is set.</summary>
    public string? PixCertificateBase64 { get; set; }

    /// <summary>Password of the .p12; EFI issues it without one.</summary>
    public string? PixCertificatePassword { get; set; }

    /// <summary>
    /// A CA certificate in PEM that becomes the only trusted root of the Pix API's server certificate, as for the
    /// local sandbox. When unset, the system's roots are trusted.
    /// </summary>
    public string? PixTrustedCertificateAuthorityPem { get; set; }

    public bool HasPixCertificate => !string.IsNullOrWhiteSpace(PixCertificatePath) || !string.IsNullOrWhiteSpace(PixCertificateBase64);
}
