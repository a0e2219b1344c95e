using Conexa.Domain.Plans;

namespace Conexa.Application.Common.Payments;

/// <summary>A payment provider's side of a charge: start a payment and read back the provider's state of it.</summary>
public interface IPaymentGateway
{
    PaymentProvider Provider { get; }

    /// <summary>
    /// Registers the charge at the provider under <see cref="PaymentStartRequest.Reference"/>. Throws
    /// <see cref="Exceptions.ProviderUnavailableException"/> when the provider cannot be reached.
    /// </summary>
    Task<PaymentStartResult> StartAsync(PaymentStartRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a charge at the provider, so its Pix code or boleto can no longer be paid. A null
    /// <paramref name="tenantId"/> uses the host's account, as for charges the host's account created.
    /// </summary>
    Task CancelAsync(Guid? tenantId, PaymentMethod method, string providerChargeId, CancellationToken cancellationToken);
}
