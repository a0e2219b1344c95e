using Conexa.Application.Integrations.Shared;
using Conexa.Infrastructure.Payments.Efi;
using Conexa.Infrastructure.Payments.Inter;
using Conexa.Infrastructure.Signatures.D4Sign;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Integrations;

/// <summary>The accounts of the host configuration: Efi:ClientId, Inter:ClientId and D4Sign:TokenApi decide whether each is set.</summary>
internal sealed class HostIntegrations(IOptions<EfiOptions> efi, IOptions<InterOptions> inter, IOptions<D4SignOptions> d4Sign) : IHostIntegrations
{
    public bool IsConfigured(IntegrationProvider provider) => !string.IsNullOrWhiteSpace(Identifier(provider));

    public string? MaskedIdentifier(IntegrationProvider provider) =>
        Identifier(provider) is { Length: > 0 } identifier ? ProviderConnection.Mask(identifier) : null;

    private string Identifier(IntegrationProvider provider) => provider switch
    {
        IntegrationProvider.Efi => efi.Value.ClientId,
        IntegrationProvider.Inter => inter.Value.ClientId,
        _ => d4Sign.Value.TokenApi,
    };
}
