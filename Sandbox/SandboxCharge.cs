namespace Conexa.Sandbox;

/// <summary>
/// Snapshot of one Charges API charge, as stored by the sandbox.
/// </summary>
/// <param name="ChargeId">EFI charge_id.</param>
/// <param name="CustomId">metadata.custom_id sent at creation, if any.</param>
/// <param name="Status">EFI status, such as "waiting", "approved", "paid" or "canceled".</param>
/// <param name="Total">Total in cents.</param>
/// <param name="Payment">Payment method: "credit_card" or "banking_billet".</param>
/// <param name="NotificationUrl">metadata.notification_url sent at creation, if any.</param>
/// <param name="NotificationToken">Token posted to the notification URL on every status change.</param>
/// <param name="ClientId">Client id of the account whose token created the charge.</param>
public sealed record SandboxCharge(
    long ChargeId,
    string? CustomId,
    string Status,
    long Total,
    string Payment,
    string? NotificationUrl,
    string NotificationToken,
    string ClientId);
