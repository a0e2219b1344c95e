using Conexa.Domain.Common;

namespace Conexa.Domain.Contracts;

/// <summary>The event of a contract cancelled because its first payment never arrived, so the customer is e-mailed.</summary>
public sealed record ContractCancelledUnpaid(Guid TenantId, Guid ContractId) : IDomainEvent;
