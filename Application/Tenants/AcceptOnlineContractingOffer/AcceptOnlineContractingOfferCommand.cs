using Conexa.Application.Tenants.GetTenant;
using Mediator;

namespace Conexa.Application.Tenants.AcceptOnlineContractingOffer;

/// <summary>"Quero esta oferta" under Settings > Optional modules: upgrades a LIGHT tenant to PRO.</summary>
public sealed record AcceptOnlineContractingOfferCommand : ICommand<TenantDto>;
