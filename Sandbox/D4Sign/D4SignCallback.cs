namespace Conexa.Sandbox.D4Sign;

/// <summary>
/// One callback to post: type_post 1 finished, 2 e-mail not delivered, 3 cancelled, 4 one signer signed.
/// The e-mail is set only for types 2 and 4.
/// </summary>
internal sealed record D4SignCallback(string Url, string Uuid, string TypePost, string Message, string? Email);
