using System.Security.Cryptography.X509Certificates;
using Conexa.Application.Integrations.Shared;
using Conexa.Infrastructure.Persistence;
using Conexa.Infrastructure.Signatures.D4Sign;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Integrations;

/// <summary>An EFI account as the HTTP handlers use it; <see cref="Certificate"/> is null when EFI Pix needs none (the sandbox).</summary>
internal sealed record EfiAccount(string ClientId, string ClientSecret, string PixKey, X509Certificate2? Certificate);

internal sealed record InterAccount(string ClientId, string ClientSecret, X509Certificate2 Certificate, string? AccountNumber);

internal sealed record D4SignAccount(string TokenApi, string CryptKey, string HmacSecret, string? SafeUuid);

/// <summary>
/// Finds the provider account of a tenant: the one it stored, decrypted, or else null, which makes the HTTP
/// handlers use the host configuration.
/// </summary>
internal sealed class ProviderAccounts(
    AppDbContext db,
    IProviderSettingsProtector protector,
    ClientCertificateCache certificates,
    IOptions<D4SignOptions> d4Sign)
{
    public async Task<EfiAccount?> StoredEfiAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        var settings = await StoredAsync<EfiAccountSettings>(tenantId, IntegrationProvider.Efi, cancellationToken);
        return settings is null
            ? null
            : new EfiAccount(
                settings.ClientId,
                settings.ClientSecret,
                settings.PixKey,
                settings.CertificateBase64 is null ? null : certificates.Load(settings.CertificateBase64, settings.CertificatePassword));
    }

    public async Task<InterAccount?> StoredInterAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var settings = await StoredAsync<InterAccountSettings>(tenantId, IntegrationProvider.Inter, cancellationToken);
        return settings is null
            ? null
            : new InterAccount(settings.ClientId, settings.ClientSecret, certificates.Load(settings.CertificateBase64, settings.CertificatePassword), settings.AccountNumber);
    }

    public async Task<D4SignAccount?> StoredD4SignAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var settings = await StoredAsync<D4SignAccountSettings>(tenantId, IntegrationProvider.D4Sign, cancellationToken);
        return settings is null ? null : new D4SignAccount(settings.TokenApi, settings.CryptKey, settings.HmacSecret, settings.SafeUuid);
    }

    /// <summary>Returns the D4Sign account of the tenant, its own or the host's, or null when neither exists.</summary>
    public async Task<D4SignAccount?> D4SignAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var stored = await StoredD4SignAsync(tenantId, cancellationToken);
        if (stored is not null)
        {
            return stored;
        }

        var host = d4Sign.Value;
        return host.IsConfigured ? new D4SignAccount(host.TokenApi, host.CryptKey, host.HmacSecret, host.SafeUuid) : null;
    }

    private async Task<TSettings?> StoredAsync<TSettings>(Guid? tenantId, IntegrationProvider provider, CancellationToken cancellationToken)
        where TSettings : class
    {
        if (tenantId is null)
        {
            return null;
        }

        var stored = await db.ProviderConnections.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.Provider == provider)
            .Select(c => c.ProtectedSettings)
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null ? null : protector.Unprotect<TSettings>(stored);
    }
}
