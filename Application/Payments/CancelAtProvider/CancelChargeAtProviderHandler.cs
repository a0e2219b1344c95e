using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Application.Payments.Inter;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Payments.CancelAtProvider;

/// <summary>
/// Cancels at the provider each charge cancelled here, such as the open charge a termination replaces, or withdraws
/// the code of one paid outside the provider, so its Pix code or boleto cannot be paid. It runs from the outbox, so a
/// provider outage only delays it. When the provider rejects the withdrawal because the charge was paid there already, the charge is
/// read back and its payment recorded, so the money is kept (as credit) even if the provider's callback was lost.
/// </summary>
public sealed partial class CancelChargeAtProviderHandler(
    IEnumerable<IPaymentGateway> gateways,
    IAppDbContext db,
    EfiPaymentReader efiPayments,
    IInterChargeSource interCharges,
    InterChargeStateApplier interStates,
    ChargePaymentRecorder recorder,
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
            await RecordPaymentFoundAsync(domainEvent, domainEvent.ProviderChargeId, cancellationToken);
        }
    }

    /// <summary>
    /// Reads the charge back from its provider and records its payment when the provider reports it paid, as its
    /// callback would have: a cancelled charge's payment, or a second payment of one paid outside the provider,
    /// becomes credit.
    /// </summary>
    private async Task RecordPaymentFoundAsync(ChargeCancelled domainEvent, string providerChargeId, CancellationToken cancellationToken)
    {
        var tenantAccount = domainEvent.StartedWithTenantAccount ? domainEvent.TenantId : (Guid?)null;
        Func<Charge, Task<bool>> record;
        if (domainEvent.Provider == PaymentProvider.Inter)
        {
            var state = await interCharges.GetChargeAsync(tenantAccount, providerChargeId, cancellationToken);
            if (state is not { IsPaid: true })
            {
                return;
            }

            record = charge => interStates.ApplyAsync(charge, state, cancellationToken);
        }
        else
        {
            var paidAt = await efiPayments.PaidAtAsync(tenantAccount, domainEvent.Method, providerChargeId, cancellationToken);
            if (paidAt is null)
            {
                return;
            }

            record = charge => recorder.RecordAsync(charge, paidAt.Value, cancellationToken);
        }

        await ConcurrentDeliveries.ApplyAsync(
            db,
            async () =>
            {
                var charge = await db.Charges.SingleAsync(c => c.Id == domainEvent.ChargeId, cancellationToken);
                if (await record(charge))
                {
                    LogPaymentFound(domainEvent.ChargeId, domainEvent.Provider.ToString(), providerChargeId);
                }

                await db.SaveChangesAsync(cancellationToken);
            },
            attempt => LogConcurrentRecord(domainEvent.ChargeId, attempt));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} cancelled at the provider as {ProviderChargeId}")]
    private partial void LogCancelled(Guid chargeId, string providerChargeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The provider refused to cancel charge {ChargeId} ({ProviderChargeId}); it may be paid there already")]
    private partial void LogRejected(Exception exception, Guid chargeId, string providerChargeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charge {ChargeId} was paid at {Provider} ({ProviderChargeId}) before its withdrawal reached it; the payment is recorded")]
    private partial void LogPaymentFound(Guid chargeId, string provider, string providerChargeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another request recorded the payment of charge {ChargeId} first (attempt {Attempt}); reading it again")]
    private partial void LogConcurrentRecord(Guid chargeId, int attempt);
}
