using Conexa.Application.Signatures.Shared;
using Mediator;

namespace Conexa.Application.Signatures.SendSignatureRequest;

/// <summary>Sends the contract for signature, or reminds the signers when it was sent and is still unsigned.</summary>
public sealed record SendSignatureRequestCommand(Guid ContractId) : ICommand<SignatureRequestDto>;
