namespace Conexa.Sandbox.D4Sign;

/// <summary>A snapshot of a document in the D4Sign sandbox.</summary>
public sealed record D4SignSandboxDocument(
    string Uuid,
    string Name,
    int StatusId,
    string? WebhookUrl,
    IReadOnlyList<D4SignSandboxSigner> Signers,
    int SendCount,
    int ResendCount,
    int SizeInBytes);

/// <summary>A signer of a sandbox document.</summary>
public sealed record D4SignSandboxSigner(string Email, string KeySigner, bool Signed);
