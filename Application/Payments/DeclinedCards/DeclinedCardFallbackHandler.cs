using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Payments.DeclinedCards;

/// <summary>
/// Reissues by Pix, or by boleto when the plan offers no Pix, a later card charge that the card on file declined
/// (a billed period or a termination's charge). The customer is then e-mailed a code to pay it. Such a charge has
/// no checkout page to retry on, and left declined it would never fall overdue. A contracting's first charge is
/// retried on its checkout page instead, and a plan that takes cards only leaves the charge declined.
/// </summary>
/// <remarks>
/// The contract keeps the card for its next periods, because a card is often declined once (no limit that day)
/// and paid the month after.
/// </remarks>
public sealed partial class DeclinedCardFallbackHandler(
    IAppDbContext db,
    ChargePaymentStarter starter,
    TenantClock tenantClock,
    TimeProvider clock,
    ILogger<DeclinedCardFallbackHandler> logger) : IDomainEventHandler<ChargeDeclined>
{
    /// <summary>Options tried in order. The first one the plan offers is used, and Inter boleto only for a payer with an address, which Inter requires.</summary>
    private static readonly PaymentOption[] Fallbacks =
    [
        new(PaymentMethod.Pix, PaymentProvider.Efi),
        new(PaymentMethod.Boleto, PaymentProvider.Efi),
        new(PaymentMethod.Boleto, PaymentProvider.Inter),
    ];

    public async Task HandleAsync(ChargeDeclined domainEvent, CancellationToken cancellationToken)
    {
        var charge = await db.Charges.SingleAsync(c => c.Id == domainEvent.ChargeId, cancellationToken);
        if (charge.SaleId is not null || charge.Status != ChargeStatus.Declined || charge.PaymentOption.Method != PaymentMethod.Card)
        {
            return;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
        if (contract.Status == ContractStatus.Cancelled)
        {
            return;
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == contract.PlanId, cancellationToken);
        var customer = await db.Customers.SingleAsync(c => c.Id == charge.CustomerId, cancellationToken);

        // Inter registers a boleto only with the payer's address, and the payer may be the one typed in the checkout.
        var payer = await starter.PayerOfAsync(contract.Id, customer, checkout: null, cancellationToken);
        var payerHasAddress = payer.Address is not null;
        var option = Fallbacks.FirstOrDefault(o => plan.FindPaymentOption(o.Method, o.Provider) is not null
            && (o.Provider != PaymentProvider.Inter || payerHasAddress));
        if (option is null)
        {
            LogNoFallback(charge.Id, contract.Id);
            return;
        }

        var declineReason = charge.DeclineReason?.TrimEnd('.', ' ');

        // A boleto needs the tenant's boleto days to be paid, so a charge due today (a termination's) does not fall
        // overdue the next morning.
        DateOnly? earliestDueDate = null;
        if (option.Method == PaymentMethod.Boleto)
        {
            var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == charge.TenantId, cancellationToken);
            earliestDueDate = tenant.BoletoDueDate(tenant.Now(clock));
        }

        charge.Retry(option, clock.GetUtcNow(), earliestDueDate);
        db.AuditEntries.Add(AuditEntry.Record(
            charge.TenantId,
            "charge.reissued",
            nameof(Charge),
            charge.Id,
            "system",
            await tenantClock.NowAsync(charge.TenantId, cancellationToken),
            $"Cartão recusado: {declineReason ?? "sem motivo informado"}. Cobrança reemitida para pagamento por {(option.Method == PaymentMethod.Pix ? "Pix" : "boleto")}."));
        await db.SaveChangesAsync(cancellationToken);
        LogReissued(charge.Id, contract.Id, option.Method);

        try
        {
            await starter.StartAsync(charge, contract, customer, checkout: null, cardToken: null, cancellationToken);
        }
        catch (ProviderUnavailableException)
        {
            // The starter logged the failure with the charge's ids and released the lease, so the payment start job
            // issues the code on a later run.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Card charge {ChargeId} (contract {ContractId}) was declined and is reissued by {Method}")]
    private partial void LogReissued(Guid chargeId, Guid contractId, PaymentMethod method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card charge {ChargeId} (contract {ContractId}) was declined and its plan offers no other method, so it stays declined")]
    private partial void LogNoFallback(Guid chargeId, Guid contractId);
}
