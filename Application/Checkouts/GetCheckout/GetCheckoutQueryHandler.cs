using Conexa.Application.Checkouts.Shared;
using Mediator;

namespace Conexa.Application.Checkouts.GetCheckout;

public sealed class GetCheckoutQueryHandler(CheckoutResultReader reader) : IQueryHandler<GetCheckoutQuery, CheckoutResultDto>
{
    public async ValueTask<CheckoutResultDto> Handle(GetCheckoutQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(query.CheckoutId, cancellationToken);
}
