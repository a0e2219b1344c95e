namespace Conexa.Application.Integrations.Shared;

/// <summary>
/// One provider as the admin screen shows it. <paramref name="Source"/> is "tenant" when the tenant stored its
/// own account, "host" when the installation's configuration supplies one, or "none". Secrets are never
/// returned, only <paramref name="MaskedIdentifier"/>.
/// </summary>
public sealed record IntegrationDto(
    string Provider,
    string Name,
    string Source,
    IReadOnlyList<string> OfferedMethods,
    IReadOnlyList<string> EnabledMethods,
    string? MaskedIdentifier,
    DateTimeOffset? LastTestedAt,
    bool? LastTestSucceeded,
    string? LastTestMessage,
    DateTimeOffset? UpdatedAt);

public sealed record IntegrationListDto(IReadOnlyList<IntegrationDto> Items);

internal static class IntegrationMapping
{
    public static IntegrationDto ToDto(IntegrationProvider provider, ProviderConnection? connection, IHostIntegrations host)
    {
        if (connection is not null)
        {
            return new IntegrationDto(
                provider.Code(),
                provider.DisplayName(),
                "tenant",
                provider.OfferedMethods(),
                connection.EnabledMethodList,
                connection.MaskedIdentifier,
                connection.LastTestedAt,
                connection.LastTestSucceeded,
                connection.LastTestMessage,
                connection.UpdatedAt);
        }

        var configured = host.IsConfigured(provider);
        return new IntegrationDto(
            provider.Code(),
            provider.DisplayName(),
            configured ? "host" : "none",
            provider.OfferedMethods(),
            configured ? provider.OfferedMethods() : [],
            configured ? host.MaskedIdentifier(provider) : null,
            null,
            null,
            null,
            null);
    }
}
