using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conexa.Sandbox.Delivery;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Posts {"pix":[...]} to the webhook of the paid cob's key, at the registered URL with "/pix" appended to its path.
/// </summary>
internal sealed class PixWebhookNotifier(WebhookRegistry registry, CallbackDispatcher dispatcher)
{
    /// <summary>Sends the payment in the background. Does nothing when the key has no webhook.</summary>
    public void Notify(PixPayment payment, string chave)
    {
        if (registry.Find(chave) is not { } registration)
        {
            return;
        }

        var body = new JsonObject { ["pix"] = new JsonArray(CobJson.Pix(payment, chave)) };
        dispatcher.Enqueue(new CallbackDelivery(
            AppendPixPath(registration.WebhookUrl),
            () => JsonContent.Create(body),
            $"txid {payment.Txid}"));
    }

    /// <summary>
    /// Returns <paramref name="webhookUrl"/> with "/pix" appended to its path and its query string kept after it.
    /// </summary>
    /// <remarks>
    /// A trailing slash is dropped first, so "https://host/hook/" becomes "https://host/hook/pix".
    /// </remarks>
    public static Uri AppendPixPath(Uri webhookUrl)
    {
        var builder = new UriBuilder(webhookUrl);
        builder.Path = builder.Path.TrimEnd('/') + "/pix";
        return builder.Uri;
    }
}
