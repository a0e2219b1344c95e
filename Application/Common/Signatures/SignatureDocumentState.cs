using Conexa.Domain.Contracts;

namespace Conexa.Application.Common.Signatures;

/// <summary>
/// A document's state at the provider: its status code and name as the provider sent them, and what that
/// means for the contract (Signed, Cancelled, or null while it is still in progress or unknown).
/// </summary>
public sealed record SignatureDocumentState(int StatusId, string StatusName, SignatureStatus? Outcome);
