using Conexa.Application.Checkouts.Shared;
using Mediator;

namespace Conexa.Application.Checkouts.RetryCheckoutPayment;

/// <summary>A new payment attempt for a checkout whose card or boleto was declined, with another card or by Pix.</summary>
public sealed record RetryCheckoutPaymentCommand(Guid CheckoutId, string? Method, string? CardToken) : ICommand<CheckoutResultDto>;
