namespace Conexa.Domain.Sales;

public enum ChargeStatus
{
    /// <summary>Saved, not yet registered at the payment provider.</summary>
    Pending,

    /// <summary>Registered at the provider (Pix code or boleto issued), waiting for the customer.</summary>
    AwaitingPayment,

    /// <summary>Card approved by the issuer; the money is not credited yet.</summary>
    Approved,
    Paid,
    Declined,
    Cancelled,

    /// <summary>Registered at the provider and still unpaid after its due date; paying it settles it as usual.</summary>
    Overdue,

    /// <summary>Overdue for longer than the tenant's write-off period, and cancelled at the provider.</summary>
    WrittenOff,

    /// <summary>Accepted by a provider that registers boletos in the background (Inter), before the barcode exists.</summary>
    Processing,
}
