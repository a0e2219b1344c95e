using Conexa.Application.Checkouts.Shared;
using Mediator;

namespace Conexa.Application.Checkouts.RetryCheckoutPayment;

/// <summary>A new payment attempt for a checkout whose payment was declined or whose boleto the bank closed: another card, Pix or a new boleto.</summary>
public sealed record RetryCheckoutPaymentCommand(Guid CheckoutId, string? Method, string? CardToken) : ICommand<CheckoutResultDto>;
