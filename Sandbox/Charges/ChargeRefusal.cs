namespace Conexa.Sandbox.Charges;

/// <summary>
/// Reason a card payment was refused, and whether the payer may try again.
/// </summary>
internal sealed record ChargeRefusal(string Reason, bool Retry);
