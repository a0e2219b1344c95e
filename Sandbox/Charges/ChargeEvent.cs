namespace Conexa.Sandbox.Charges;

/// <summary>
/// One status change of a charge, as listed by GET /v1/notification/{token}.
/// </summary>
/// <param name="Id">Sequence number within the charge's notification token, starting at 1.</param>
/// <param name="Current">Status after the change.</param>
/// <param name="Previous">Status before the change, or null for the first event.</param>
/// <param name="CreatedAt">Brasília local time with no offset, "YYYY-MM-DD HH:MM:SS".</param>
/// <param name="Value">Amount paid in cents, on payment events only.</param>
/// <param name="ReceivedByBankAt">Payment date "YYYY-MM-DD", on payment events only.</param>
internal sealed record ChargeEvent(
    int Id, string Current, string? Previous, string CreatedAt, long? Value = null, string? ReceivedByBankAt = null);
