namespace Conexa.Application.Common.Payments;

public enum PaymentStartOutcome
{
    PixIssued,
    CardApproved,
    CardDeclined,
}

/// <summary>The provider's answer to a started payment.</summary>
public sealed record PaymentStartResult(
    PaymentStartOutcome Outcome,
    string ProviderChargeId,
    string? PixCopyPaste = null,
    string? PixQrCodeImage = null,
    string? DeclineReason = null);
