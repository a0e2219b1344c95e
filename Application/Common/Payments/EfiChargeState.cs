namespace Conexa.Application.Common.Payments;

/// <summary>
/// A card or boleto charge as EFI Charges reports it. EFI calls a charge "paid" when the money is confirmed
/// and "settled" when the merchant marked it paid by hand; both settle our charge.
/// </summary>
public sealed record EfiChargeState(string ProviderChargeId, string Status)
{
    public bool IsPaid => IsPaidStatus(Status);

    public static bool IsPaidStatus(string status) => status is "paid" or "settled";
}
