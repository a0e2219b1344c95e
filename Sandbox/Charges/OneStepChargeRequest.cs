using System.Text.Json.Nodes;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Validated body of POST /v1/charge/one-step.
/// </summary>
/// <param name="Items">Charge lines, at least one.</param>
/// <param name="CustomId">metadata.custom_id, if sent.</param>
/// <param name="NotificationUrl">metadata.notification_url, if sent.</param>
/// <param name="Payment">Payment method: "credit_card" or "banking_billet".</param>
/// <param name="Customer">payment.&lt;method&gt;.customer as sent.</param>
/// <param name="Installments">Card installments, 1 for a boleto.</param>
/// <param name="PaymentToken">Card payment_token, null for a boleto.</param>
/// <param name="ExpireAt">Boleto due date, null for a card.</param>
internal sealed record OneStepChargeRequest(
    IReadOnlyList<ChargeItem> Items,
    string? CustomId,
    Uri? NotificationUrl,
    string Payment,
    JsonObject Customer,
    int Installments,
    string? PaymentToken,
    DateOnly? ExpireAt)
{
    public long Total => Items.Sum(item => item.Value * item.Amount);
}
