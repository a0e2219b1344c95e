using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Api.Authentication;

/// <summary>
/// Rejects the online contracting admin routes for a tenant whose tier lacks the feature, with a 403
/// problem that names the upgrade path.
/// </summary>
internal sealed class OnlineContractingFeatureFilter(IAppDbContext db, ICurrentUser user) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var tenantId = user.TenantId;
        var available = await db.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => t.Tier != Domain.Tenants.SubscriptionTier.Light)
            .SingleAsync(context.HttpContext.RequestAborted);
        if (!available)
        {
            throw new FeatureUnavailableException(
                "A contratação online não faz parte do plano LIGHT. Aceite a oferta em Configurações > Módulos opcionais para passar ao PRO.");
        }

        return await next(context);
    }
}
