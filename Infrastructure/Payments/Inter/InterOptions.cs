namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>
/// Banco Inter credentials, certificate and timeouts. Inter is configured when <see cref="ClientId"/> is set;
/// in Development the sandbox fills every key.
/// </summary>
public sealed class InterOptions
{
    public const string SectionName = "Inter";

    /// <summary>Cobrança v3 host: Inter's sandbox by default. Production is https://cdpj.partners.bancointer.com.br.</summary>
    public Uri BaseUrl { get; set; } = new("https://cdpj-sandbox.partners.uatinter.co");

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Path of the integration's certificate and key as a PKCS#12 (.pfx) file.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The same .pfx file encoded in base64, for secret stores that keep text only. It is used when no path is set.</summary>
    public string? CertificateBase64 { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// A CA certificate in PEM that Inter's server certificate must chain to, in place of the system's trusted
    /// roots. It is empty in production, and the local sandbox sets it to the CA it made at start.
    /// </summary>
    public string? TrustedCertificateAuthorityPem { get; set; }

    /// <summary>Account number sent as x-conta-corrente, needed when the credentials reach several accounts.</summary>
    public string? AccountNumber { get; set; }

    /// <summary>Days after the due date until Inter writes the boleto off (numDiasAgenda).</summary>
    public int NumDiasAgenda { get; set; }

    /// <summary>Timeout of each HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of a call including its retries, which must stay below the charge's 90-second start lease.</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Base delay of the retries of reads and token requests. Each retry waits longer, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}
