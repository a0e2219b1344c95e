namespace Conexa.Application.Checkouts.Shared;

public enum CheckoutStatus
{
    AwaitingPayment,
    Active,
    PaymentDeclined,
}
