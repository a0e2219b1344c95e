namespace Conexa.Domain.Signatures;

/// <summary>Someone who signs a contract. The key is the provider's id of the signer on the document, once registered.</summary>
public sealed record SignatureSigner(string Email, string Name, string? ProviderKey = null);
