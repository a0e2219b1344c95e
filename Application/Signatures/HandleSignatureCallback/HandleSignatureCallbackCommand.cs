using Mediator;

namespace Conexa.Application.Signatures.HandleSignatureCallback;

/// <summary>
/// A verified callback of the signature provider: the document id, the event type (D4Sign's type_post)
/// and, for per-signer events, the signer's e-mail.
/// </summary>
public sealed record HandleSignatureCallbackCommand(string? DocumentId, string? EventType, string? Email) : ICommand<SignatureCallbackOutcome>;

public enum SignatureCallbackOutcome
{
    /// <summary>The provider's state was read and applied.</summary>
    Applied,

    /// <summary>The same document, event and e-mail were handled before; nothing changed.</summary>
    Duplicate,

    /// <summary>No signature request has this document id.</summary>
    UnknownDocument,
}
