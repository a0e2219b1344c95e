namespace Conexa.Sandbox.Pix;

/// <summary>
/// Webhook URL registered for one Pix key, and when it was registered.
/// </summary>
internal sealed record WebhookRegistration(Uri WebhookUrl, string Chave, DateTimeOffset Criacao);
