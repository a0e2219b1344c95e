using Mediator;
using Conexa.Application.Integrations.Shared;

namespace Conexa.Application.Integrations.SaveIntegration;

/// <summary>
/// The tenant's EFI account. <paramref name="Methods"/> lists what the tenant offers through it (pix, card,
/// boleto), all three when omitted. The .p12 is needed only by EFI Pix.
/// </summary>
public sealed record SaveEfiCredentialsCommand(
    string? ClientId,
    string? ClientSecret,
    string? PixKey,
    string? CertificateBase64,
    string? CertificatePassword,
    IReadOnlyList<string>? Methods) : ICommand<IntegrationDto>;

/// <summary>
/// The tenant's Banco Inter integration. Send the certificate as a .pfx in base64 (<paramref name="CertificateBase64"/>
/// with <paramref name="CertificatePassword"/>) or as the .crt and .key files Inter issues, in PEM.
/// </summary>
public sealed record SaveInterCredentialsCommand(
    string? ClientId,
    string? ClientSecret,
    string? CertificateBase64,
    string? CertificatePassword,
    string? CertificatePem,
    string? PrivateKeyPem,
    string? AccountNumber) : ICommand<IntegrationDto>;

/// <summary>The tenant's D4Sign account. Without <paramref name="SafeUuid"/>, contracts go to the account's first safe.</summary>
public sealed record SaveD4SignCredentialsCommand(
    string? TokenApi,
    string? CryptKey,
    string? HmacSecret,
    string? SafeUuid) : ICommand<IntegrationDto>;
