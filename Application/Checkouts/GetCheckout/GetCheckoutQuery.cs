using Conexa.Application.Checkouts.Shared;
using Mediator;

namespace Conexa.Application.Checkouts.GetCheckout;

public sealed record GetCheckoutQuery(Guid CheckoutId) : IQuery<CheckoutResultDto>;
