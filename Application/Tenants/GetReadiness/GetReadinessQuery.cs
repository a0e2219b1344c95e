using Mediator;

namespace Conexa.Application.Tenants.GetReadiness;

/// <summary>The online contracting checklist of the caller's tenant.</summary>
public sealed record GetReadinessQuery : IQuery<ReadinessDto>;
