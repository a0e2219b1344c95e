using Conexa.Application.Common.Interfaces;
using Conexa.Application.Integrations.Shared;
using Conexa.Domain.Auditing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Integrations.SaveIntegration;

/// <summary>
/// Stores a tenant's provider account, encrypted, replacing the one stored before. The last test is cleared,
/// because it tested other credentials, so the account counts as active only after a new test.
/// </summary>
public sealed class SaveIntegrationHandlers(
    IAppDbContext db,
    ICurrentUser user,
    IProviderSettingsProtector protector,
    IHostIntegrations host,
    TimeProvider clock)
    : ICommandHandler<SaveEfiCredentialsCommand, IntegrationDto>,
      ICommandHandler<SaveInterCredentialsCommand, IntegrationDto>,
      ICommandHandler<SaveD4SignCredentialsCommand, IntegrationDto>
{
    public ValueTask<IntegrationDto> Handle(SaveEfiCredentialsCommand command, CancellationToken cancellationToken)
    {
        var settings = new EfiAccountSettings(
            command.ClientId!.Trim(),
            command.ClientSecret!.Trim(),
            command.PixKey!.Trim(),
            NullIfBlank(command.CertificateBase64),
            NullIfBlank(command.CertificatePassword));
        var methods = command.Methods?.Distinct(StringComparer.Ordinal).ToList() ?? [.. IntegrationProvider.Efi.OfferedMethods()];
        return SaveAsync(IntegrationProvider.Efi, protector.Protect(settings), settings.ClientId, methods, cancellationToken);
    }

    public ValueTask<IntegrationDto> Handle(SaveInterCredentialsCommand command, CancellationToken cancellationToken)
    {
        var usesPkcs12 = !string.IsNullOrWhiteSpace(command.CertificateBase64);
        var settings = new InterAccountSettings(
            command.ClientId!.Trim(),
            command.ClientSecret!.Trim(),
            usesPkcs12 ? command.CertificateBase64!.Trim() : ClientCertificateCheck.Pkcs12FromPem(command.CertificatePem!, command.PrivateKeyPem!),
            usesPkcs12 ? NullIfBlank(command.CertificatePassword) : null,
            NullIfBlank(command.AccountNumber));
        return SaveAsync(IntegrationProvider.Inter, protector.Protect(settings), settings.ClientId, IntegrationProvider.Inter.OfferedMethods(), cancellationToken);
    }

    public ValueTask<IntegrationDto> Handle(SaveD4SignCredentialsCommand command, CancellationToken cancellationToken)
    {
        var settings = new D4SignAccountSettings(
            command.TokenApi!.Trim(),
            command.CryptKey!.Trim(),
            command.HmacSecret!.Trim(),
            NullIfBlank(command.SafeUuid));
        return SaveAsync(IntegrationProvider.D4Sign, protector.Protect(settings), settings.TokenApi, IntegrationProvider.D4Sign.OfferedMethods(), cancellationToken);
    }

    private async ValueTask<IntegrationDto> SaveAsync(
        IntegrationProvider provider,
        string protectedSettings,
        string identifier,
        IReadOnlyList<string> methods,
        CancellationToken cancellationToken)
    {
        var connection = await db.ProviderConnections.SingleOrDefaultAsync(
            c => c.TenantId == user.TenantId && c.Provider == provider,
            cancellationToken);
        if (connection is null)
        {
            connection = new ProviderConnection { TenantId = user.TenantId, Provider = provider };
            db.ProviderConnections.Add(connection);
        }

        var now = clock.GetUtcNow();
        connection.ProtectedSettings = protectedSettings;
        connection.MaskedIdentifier = ProviderConnection.Mask(identifier);
        connection.EnabledMethods = string.Join(',', methods);
        connection.LastTestedAt = null;
        connection.LastTestSucceeded = null;
        connection.LastTestMessage = null;
        connection.UpdatedAt = now;
        connection.UpdatedBy = $"user:{user.UserId}";
        db.AuditEntries.Add(AuditEntry.Record(
            user.TenantId,
            "integration.saved",
            nameof(ProviderConnection),
            connection.Id,
            connection.UpdatedBy,
            now,
            $"Credenciais próprias de {provider.DisplayName()} salvas ({connection.MaskedIdentifier})."));
        await db.SaveChangesAsync(cancellationToken);
        return IntegrationMapping.ToDto(provider, connection, host);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
