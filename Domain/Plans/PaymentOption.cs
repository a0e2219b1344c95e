namespace Conexa.Domain.Plans;

/// <summary>A way a plan can be paid: a method through a provider (Inter offers boleto only).</summary>
public sealed record PaymentOption(PaymentMethod Method, PaymentProvider Provider)
{
    public bool IsSupported => Provider == PaymentProvider.Efi || Method == PaymentMethod.Boleto;
}
