using Conexa.Domain.Plans;

namespace Conexa.Application.Common.Interfaces;

/// <summary>The payment providers that each tenant can charge through, with its own account or the host's.</summary>
public interface IPaymentIntegrations
{
    /// <summary>
    /// Returns the methods the tenant can take through <paramref name="provider"/>: those enabled on its own
    /// account once a connection test succeeded, or every method the provider offers when the host
    /// configuration supplies the account. Empty when neither applies.
    /// </summary>
    Task<IReadOnlyCollection<PaymentMethod>> ActiveMethodsAsync(Guid tenantId, PaymentProvider provider, CancellationToken cancellationToken);
}
