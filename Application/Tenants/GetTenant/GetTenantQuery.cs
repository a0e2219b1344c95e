using Mediator;

namespace Conexa.Application.Tenants.GetTenant;

public sealed record GetTenantQuery : IQuery<TenantDto>;

/// <summary>
/// The caller's tenant: its tier, whether the online contracting offer is open to it, and whether new
/// contracts are sent for e-signature automatically.
/// </summary>
public sealed record TenantDto(
    Guid Id,
    string Name,
    string Tier,
    string TimeZoneId,
    bool OnlineContractingAvailable,
    bool OnlineContractingOffered,
    bool SendsContractsForSignature,
    bool CanChangeSettings);
