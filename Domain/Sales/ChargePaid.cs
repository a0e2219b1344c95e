using Conexa.Domain.Common;

namespace Conexa.Domain.Sales;

public sealed record ChargePaid(Guid TenantId, Guid ChargeId, Guid ContractId) : IDomainEvent;
