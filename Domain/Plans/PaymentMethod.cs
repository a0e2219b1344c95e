namespace Conexa.Domain.Plans;

public enum PaymentMethod
{
    Card,
    Pix,
    Boleto,
}
