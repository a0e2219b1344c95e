using System.Collections.Concurrent;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Webhook URLs by Pix key. A key has at most one URL, and registering again replaces it.
/// </summary>
internal sealed class WebhookRegistry
{
    private readonly ConcurrentDictionary<string, WebhookRegistration> registrations = new(StringComparer.Ordinal);

    public void Register(WebhookRegistration registration) => registrations[registration.Chave] = registration;

    public WebhookRegistration? Find(string chave) => registrations.GetValueOrDefault(chave);

    public bool Remove(string chave) => registrations.TryRemove(chave, out _);
}
