namespace Conexa.Sandbox.Charges;

/// <summary>
/// Payment method names of the EFI Charges API.
/// </summary>
internal static class PaymentMethod
{
    public const string CreditCard = "credit_card";
    public const string BankingBillet = "banking_billet";
}
