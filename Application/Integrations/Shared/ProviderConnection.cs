using Conexa.Domain.Common;

namespace Conexa.Application.Integrations.Shared;

/// <summary>
/// A tenant's own account at one provider. The credentials are in <see cref="ProtectedSettings"/>, encrypted
/// with ASP.NET Data Protection; every other column is safe to show to the tenant's staff.
/// </summary>
public sealed class ProviderConnection
{
    public Guid Id { get; init; } = TimeOrderedId.New();

    public Guid TenantId { get; init; }

    public IntegrationProvider Provider { get; init; }

    /// <summary>The provider's settings as JSON, protected by <see cref="IProviderSettingsProtector"/>.</summary>
    public string ProtectedSettings { get; set; } = string.Empty;

    /// <summary>The last four characters of the client id (or D4Sign token), such as "••••a1b2".</summary>
    public string MaskedIdentifier { get; set; } = string.Empty;

    /// <summary>The methods the tenant offers through this account, comma-separated (pix,card,boleto or signature).</summary>
    public string EnabledMethods { get; set; } = string.Empty;

    public DateTimeOffset? LastTestedAt { get; set; }

    public bool? LastTestSucceeded { get; set; }

    /// <summary>The outcome of the last connection test in pt-BR: "Conexão verificada." or the provider's reason.</summary>
    public string? LastTestMessage { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who saved the credentials last, as "user:&lt;id&gt;".</summary>
    public string UpdatedBy { get; set; } = string.Empty;

    public IReadOnlyList<string> EnabledMethodList =>
        EnabledMethods.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether the last connection test succeeded, which makes the account count as active.</summary>
    public bool IsVerified => LastTestSucceeded == true;

    /// <summary>Masks an identifier to its last four characters; shorter values are masked whole.</summary>
    public static string Mask(string identifier) =>
        identifier.Length <= 4 ? "••••" : "••••" + identifier[^4..];
}
