using Mediator;

namespace Conexa.Application.Checkouts.GetPlanOffer;

public sealed record GetPlanOfferQuery(string LinkToken) : IQuery<PlanOfferDto>;
