namespace Conexa.Application.Common.Signatures;

/// <summary>
/// An e-signature provider's side of a contract. Every call throws
/// <see cref="Exceptions.ProviderUnavailableException"/> when the provider cannot be reached, responds with 5xx
/// or 429, or times out, and <see cref="Exceptions.ProviderRejectedException"/> when it rejects the call.
/// Each call uses the account of the tenant: its own when it stored one, otherwise the host configuration's.
/// </summary>
public interface ISignatureProvider
{
    /// <summary>The provider's name, as shown in problem details and logs.</summary>
    string Name { get; }

    /// <summary>Returns whether the tenant has an account (its own or the host's); without one nothing is sent for signature.</summary>
    Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>Uploads the PDF and returns the provider's document id.</summary>
    Task<string> UploadAsync(Guid tenantId, string fileName, byte[] pdf, CancellationToken cancellationToken);

    /// <summary>Asks the provider to post the document's status changes to this API's callback route.</summary>
    Task RegisterWebhookAsync(Guid tenantId, string documentId, CancellationToken cancellationToken);

    /// <summary>Adds the signers and returns each signer's provider key by e-mail.</summary>
    Task<IReadOnlyDictionary<string, string>> AddSignersAsync(Guid tenantId, string documentId, IReadOnlyList<string> emails, CancellationToken cancellationToken);

    /// <summary>Sends the document to every signer at once, with <paramref name="message"/> in the provider's e-mail.</summary>
    Task SendToSignersAsync(Guid tenantId, string documentId, string message, CancellationToken cancellationToken);

    /// <summary>Reminds one signer who has not signed yet.</summary>
    Task ResendAsync(Guid tenantId, string documentId, string email, string signerKey, CancellationToken cancellationToken);

    Task<SignatureDocumentState> GetStateAsync(Guid tenantId, string documentId, CancellationToken cancellationToken);

    /// <summary>Cancels the document so that no one can sign it. The provider records <paramref name="comment"/> as the reason.</summary>
    Task CancelAsync(Guid tenantId, string documentId, string comment, CancellationToken cancellationToken);
}
