namespace Conexa.Application.Common.Signatures;

/// <summary>Checks that a signature callback came from the provider account that owns the document.</summary>
public interface ISignatureCallbackVerifier
{
    /// <summary>
    /// Returns whether <paramref name="signatureHeader"/> is the provider's signature of <paramref name="documentId"/>,
    /// made with the secret of the tenant whose contract the document is (its own, or the host configuration's).
    /// </summary>
    Task<bool> IsAuthenticAsync(string documentId, string? signatureHeader, CancellationToken cancellationToken);
}
