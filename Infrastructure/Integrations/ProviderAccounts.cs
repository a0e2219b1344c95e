using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Integrations.Shared;
using Conexa.Infrastructure.Persistence;
using Conexa.Infrastructure.Signatures.D4Sign;
using Conexa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Integrations;

/// <summary>An EFI account as the HTTP handlers use it; <see cref="Certificate"/> is null when EFI Pix needs none (the sandbox).</summary>
internal sealed record EfiAccount(string ClientId, string ClientSecret, string PixKey, X509Certificate2? Certificate);

internal sealed record InterAccount(string ClientId, string ClientSecret, X509Certificate2 Certificate, string? AccountNumber);

internal sealed record D4SignAccount(string TokenApi, string CryptKey, string HmacSecret, string? SafeUuid);

/// <summary>
/// Finds the provider account of a tenant: the one it stored, decrypted, or else null, which makes the HTTP
/// handlers use the host configuration. A new charge uses the stored account only once its connection test
/// succeeded and for the methods the tenant enabled on it. Reads and cancellations use it whenever it exists.
/// </summary>
internal sealed partial class ProviderAccounts(
    AppDbContext db,
    IProviderSettingsProtector protector,
    ClientCertificateCache certificates,
    IOptions<D4SignOptions> d4Sign,
    ILogger<ProviderAccounts> logger)
{
    /// <summary>Reads the tenant's stored connection to a provider, untracked, as a compiled query because every payment start reads it.</summary>
    private static readonly Func<AppDbContext, Guid, IntegrationProvider, CancellationToken, Task<ProviderConnection?>> ConnectionOf = EF.CompileAsyncQuery(
        (AppDbContext db, Guid tenantId, IntegrationProvider provider, CancellationToken cancellationToken) =>
            db.ProviderConnections.AsNoTracking().SingleOrDefault(c => c.TenantId == tenantId && c.Provider == provider));

    public Task<EfiAccount?> StoredEfiAsync(Guid? tenantId, CancellationToken cancellationToken) =>
        EfiAsync(tenantId, null, cancellationToken);

    /// <summary>Returns the tenant's own EFI account for a new charge by <paramref name="method"/>, or null for the host's.</summary>
    public Task<EfiAccount?> EfiForNewChargeAsync(Guid tenantId, PaymentMethod method, CancellationToken cancellationToken) =>
        EfiAsync(tenantId, method, cancellationToken);

    /// <summary>Returns the tenant's own Inter integration for a new boleto, or null for the host's.</summary>
    public Task<InterAccount?> InterForNewChargeAsync(Guid tenantId, CancellationToken cancellationToken) =>
        InterAsync(tenantId, PaymentMethod.Boleto, cancellationToken);

    private async Task<EfiAccount?> EfiAsync(Guid? tenantId, PaymentMethod? newChargeMethod, CancellationToken cancellationToken)
    {
        var settings = await StoredAsync<EfiAccountSettings>(tenantId, IntegrationProvider.Efi, newChargeMethod, cancellationToken);
        return settings is null
            ? null
            : new EfiAccount(
                settings.ClientId,
                settings.ClientSecret,
                settings.PixKey,
                settings.CertificateBase64 is null ? null : certificates.Load(settings.CertificateBase64, settings.CertificatePassword));
    }

    public Task<InterAccount?> StoredInterAsync(Guid? tenantId, CancellationToken cancellationToken) =>
        InterAsync(tenantId, null, cancellationToken);

    private async Task<InterAccount?> InterAsync(Guid? tenantId, PaymentMethod? newChargeMethod, CancellationToken cancellationToken)
    {
        var settings = await StoredAsync<InterAccountSettings>(tenantId, IntegrationProvider.Inter, newChargeMethod, cancellationToken);
        return settings is null
            ? null
            : new InterAccount(settings.ClientId, settings.ClientSecret, certificates.Load(settings.CertificateBase64, settings.CertificatePassword), settings.AccountNumber);
    }

    public async Task<D4SignAccount?> StoredD4SignAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var settings = await StoredAsync<D4SignAccountSettings>(tenantId, IntegrationProvider.D4Sign, null, cancellationToken);
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

    /// <summary>
    /// Reads and decrypts the tenant's stored settings. With <paramref name="newChargeMethod"/>, settings whose
    /// connection test has not succeeded, or that do not offer the method, count as absent.
    /// </summary>
    private async Task<TSettings?> StoredAsync<TSettings>(Guid? tenantId, IntegrationProvider provider, PaymentMethod? newChargeMethod, CancellationToken cancellationToken)
        where TSettings : class
    {
        if (tenantId is null)
        {
            return null;
        }

        var stored = await ConnectionOf(db, tenantId.Value, provider, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (newChargeMethod is { } method
            && (!stored.IsVerified || !stored.EnabledMethodList.Contains(method.ToString(), StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        try
        {
            return protector.Unprotect<TSettings>(stored.ProtectedSettings);
        }
        catch (CryptographicException exception)
        {
            // The key ring lost the key that protected the settings (a restore without DataProtectionKeys).
            LogUnreadable(exception, provider, tenantId.Value);
            throw new ProviderUnavailableException(
                provider.ToString(),
                $"The stored {provider} settings of tenant {tenantId} cannot be decrypted; the tenant's admin must save them again.",
                exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The stored {Provider} settings of tenant {TenantId} cannot be decrypted; its admin must save them again")]
    private partial void LogUnreadable(Exception exception, IntegrationProvider provider, Guid tenantId);
}
