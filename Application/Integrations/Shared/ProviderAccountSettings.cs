namespace Conexa.Application.Integrations.Shared;

// The secret settings of a tenant's provider account, stored only in protected form. The certificates are
// PKCS#12 (.p12/.pfx) files in base64.

/// <summary>An EFI account: the client credentials of both APIs, the Pix key that receives payments and the .p12 that EFI Pix demands for mutual TLS.</summary>
public sealed record EfiAccountSettings(
    string ClientId,
    string ClientSecret,
    string PixKey,
    string? CertificateBase64,
    string? CertificatePassword);

/// <summary>A Banco Inter integration: client credentials, the integration's certificate with its key, and the account number (x-conta-corrente).</summary>
public sealed record InterAccountSettings(
    string ClientId,
    string ClientSecret,
    string CertificateBase64,
    string? CertificatePassword,
    string? AccountNumber);

/// <summary>A D4Sign account: tokenAPI and cryptKey, the safe that receives contracts, and the Secret Key MAC of its callbacks.</summary>
public sealed record D4SignAccountSettings(
    string TokenApi,
    string CryptKey,
    string HmacSecret,
    string? SafeUuid);
