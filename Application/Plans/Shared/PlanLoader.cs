using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Plans.Shared;

internal static class PlanLoader
{
    /// <summary>Loads one of the caller's tenant's plans; another tenant's plan is not found, like a missing one.</summary>
    public static async Task<Plan> LoadAsync(IAppDbContext db, ICurrentUser user, Guid planId, CancellationToken cancellationToken) =>
        await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.TenantId == user.TenantId, cancellationToken)
        ?? throw new NotFoundException("Plan", planId.ToString());
}
