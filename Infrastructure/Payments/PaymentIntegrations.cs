using Conexa.Application.Common.Interfaces;
using Conexa.Application.Integrations.Shared;
using Conexa.Domain.Plans;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Infrastructure.Payments;

/// <summary>
/// A tenant's own account counts once its last connection test succeeded, with the methods enabled on it.
/// Without one, the host configuration's account counts with every method the provider offers: EFI is
/// always set (start-up fails without its credentials or the sandbox), Inter when Inter:ClientId is set.
/// </summary>
internal sealed class PaymentIntegrations(AppDbContext db, IHostIntegrations host) : IPaymentIntegrations
{
    public async Task<IReadOnlyCollection<PaymentMethod>> ActiveMethodsAsync(Guid tenantId, PaymentProvider provider, CancellationToken cancellationToken)
    {
        var integration = provider == PaymentProvider.Efi ? IntegrationProvider.Efi : IntegrationProvider.Inter;
        var stored = await db.ProviderConnections.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.Provider == integration, cancellationToken);
        IEnumerable<string> methods = stored is not null
            ? (stored.IsVerified ? stored.EnabledMethodList : [])
            : (host.IsConfigured(integration) ? integration.OfferedMethods() : []);
        return methods
            .Select(IntegrationMethods.ToPaymentMethod)
            .OfType<PaymentMethod>()
            .ToHashSet();
    }
}
