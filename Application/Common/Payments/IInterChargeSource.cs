namespace Conexa.Application.Common.Payments;

/// <summary>
/// Reads Inter's side of a boleto, because callbacks and retries are applied only from Inter's own state. Each
/// call uses the tenant's own Inter integration, or the host configuration's when the tenant id is null or the
/// tenant has none.
/// </summary>
public interface IInterChargeSource
{
    /// <summary>
    /// Returns the boleto with this codigoSolicitacao, or null when Inter has none. Throws
    /// <see cref="Exceptions.ProviderUnavailableException"/> when Inter cannot be reached.
    /// </summary>
    Task<InterChargeState?> GetChargeAsync(Guid? tenantId, string codigoSolicitacao, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the boleto issued for our charge reference (the list route filtered by the seuNumero derived
    /// from it), or null when Inter has none.
    /// </summary>
    Task<InterChargeState?> FindByReferenceAsync(Guid? tenantId, string reference, CancellationToken cancellationToken);

    /// <summary>Returns the boleto's PDF file (GET .../{codigoSolicitacao}/pdf, sent as base64 by Inter).</summary>
    Task<byte[]> GetPdfAsync(Guid? tenantId, string codigoSolicitacao, CancellationToken cancellationToken);
}
