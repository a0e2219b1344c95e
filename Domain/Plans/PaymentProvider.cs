namespace Conexa.Domain.Plans;

public enum PaymentProvider
{
    Efi,
    Inter,
}
