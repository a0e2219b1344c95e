namespace Conexa.Application.Integrations.Shared;

/// <summary>Encrypts provider settings for storage; the purpose string keeps them apart from other protected data.</summary>
public interface IProviderSettingsProtector
{
    string Protect<TSettings>(TSettings settings)
        where TSettings : class;

    /// <summary>Decrypts and reads settings. Throws a CryptographicException when the key ring cannot decrypt them.</summary>
    TSettings Unprotect<TSettings>(string protectedSettings)
        where TSettings : class;
}

/// <summary>What the host configuration (Efi:*, Inter:*, D4Sign:*) supplies to tenants without their own account.</summary>
public interface IHostIntegrations
{
    bool IsConfigured(IntegrationProvider provider);

    /// <summary>Returns the masked client id (or D4Sign token) of the host account, or null when it is not configured.</summary>
    string? MaskedIdentifier(IntegrationProvider provider);
}

/// <summary>Tests an account against the provider over HTTP, with a cheap authenticated call.</summary>
public interface IConnectionTester
{
    /// <summary>
    /// Returns whether the provider accepted the credentials, with the reason in pt-BR when it did not. A
    /// provider that cannot be reached is a failed test, not an exception.
    /// </summary>
    Task<ConnectionTestResult> TestAsync(ProviderConnection connection, CancellationToken cancellationToken);
}

public sealed record ConnectionTestResult(bool Succeeded, string Message);
