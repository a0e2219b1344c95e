using Conexa.Sandbox.Delivery;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Posts "notification=&lt;token&gt;" as a form to a charge's notification_url after each status change.
/// </summary>
internal sealed class ChargeNotifier(CallbackDispatcher dispatcher)
{
    public void Notify(ChargeRecord charge)
    {
        if (charge.Request.NotificationUrl is not { } target)
        {
            return;
        }

        var token = charge.NotificationToken;
        dispatcher.Enqueue(new CallbackDelivery(
            target,
            () => new FormUrlEncodedContent([new KeyValuePair<string, string>("notification", token)]),
            $"charge {charge.Id}"));
    }
}
