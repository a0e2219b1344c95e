namespace Conexa.Sandbox.Charges;

/// <summary>
/// One line of a charge: name, unit value in cents and quantity.
/// </summary>
internal sealed record ChargeItem(string Name, long Value, long Amount);
