using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Domain.Sales;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Payments.CancelAtProvider;

/// <summary>
/// Cancels at the provider each charge cancelled here, such as the open charge a termination replaces,
/// so its Pix code or boleto cannot be paid. It runs from the outbox, so a provider outage only delays it.
/// </summary>
public sealed partial class CancelChargeAtProviderHandler(
    IEnumerable<IPaymentGateway> gateways,
    ILogger<CancelChargeAtProviderHandler> logger) : IDomainEventHandler<ChargeCancelled>
{
    public async Task HandleAsync(ChargeCancelled domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.ProviderChargeId is null)
        {
            return;
        }

        var gateway = gateways.Single(g => g.Provider == domainEvent.Provider);
        try
        {
            await gateway.CancelAsync(domainEvent.StartedWithTenantAccount ? domainEvent.TenantId : null, domainEvent.Method, domainEvent.ProviderChargeId, cancellationToken);
            LogCancelled(domainEvent.ChargeId, domainEvent.ProviderChargeId);
        }
        catch (ProviderRejectedException exception)
        {
            // The provider rejects cancelling a charge that is already final there (paid or cancelled).
            // Retrying cannot change that, so the event is done and the rejection is logged.
            LogRejected(exception, domainEvent.ChargeId, domainEvent.ProviderChargeId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} cancelled at the provider as {ProviderChargeId}")]
    private partial void LogCancelled(Guid chargeId, string providerChargeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The provider refused to cancel charge {ChargeId} ({ProviderChargeId}); it may be paid there already")]
    private partial void LogRejected(Exception exception, Guid chargeId, string providerChargeId);
}
