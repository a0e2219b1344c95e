namespace Conexa.Application.Common.Payments;

/// <summary>Reads Inter's side of a boleto, because callbacks and retries are applied only from Inter's own state.</summary>
public interface IInterChargeSource
{
    /// <summary>
    /// Returns the boleto with this codigoSolicitacao, or null when Inter has none. Throws
    /// <see cref="Exceptions.ProviderUnavailableException"/> when Inter cannot be reached.
    /// </summary>
    Task<InterChargeState?> GetChargeAsync(string codigoSolicitacao, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the boleto issued for our charge reference (the list route filtered by the seuNumero derived
    /// from it), or null when Inter has none.
    /// </summary>
    Task<InterChargeState?> FindByReferenceAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Returns the boleto's PDF file (GET .../{codigoSolicitacao}/pdf, sent as base64 by Inter).</summary>
    Task<byte[]> GetPdfAsync(string codigoSolicitacao, CancellationToken cancellationToken);
}
