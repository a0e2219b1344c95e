using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Payments;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>Stands in for Inter when Inter:ClientId is not set, so an Inter callback fails with a clear reason.</summary>
internal sealed class UnconfiguredInterChargeSource : IInterChargeSource
{
    public Task<InterChargeState?> GetChargeAsync(string codigoSolicitacao, CancellationToken cancellationToken) =>
        throw NotConfigured();

    public Task<InterChargeState?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        throw NotConfigured();

    public Task<byte[]> GetPdfAsync(string codigoSolicitacao, CancellationToken cancellationToken) =>
        throw NotConfigured();

    private static ProviderUnavailableException NotConfigured() =>
        new("Inter", "Inter is not configured; set Inter:ClientId, Inter:ClientSecret and the certificate.");
}
