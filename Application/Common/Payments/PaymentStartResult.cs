namespace Conexa.Application.Common.Payments;

public enum PaymentStartOutcome
{
    PixIssued,
    CardApproved,
    CardDeclined,
    BoletoIssued,

    /// <summary>The provider accepted the boleto and registers it in the background, so its barcode comes later.</summary>
    BoletoProcessing,
}

/// <summary>The provider's response to a started payment.</summary>
public sealed record PaymentStartResult(
    PaymentStartOutcome Outcome,
    string ProviderChargeId,
    string? PixCopyPaste = null,
    string? DeclineReason = null,
    string? BoletoDigitableLine = null,
    string? BoletoBarcode = null,
    string? BoletoPdfUrl = null,
    bool UsedTenantAccount = false);
