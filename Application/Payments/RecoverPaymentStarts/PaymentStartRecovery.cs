using Conexa.Application.Billing;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Payments.RecoverPaymentStarts;

/// <summary>
/// Starts the payments still pending at the provider once their start lease has run out. These are starts
/// that failed (error, 429, timeout or lost response) and that no customer retried, starts cut short by a
/// stopped instance, and charges no one started, such as a later period's boleto, once their due date is within the
/// billing lead days. Each charge is claimed
/// through its start lease first, so several instances can run this at once. The gateway looks for an
/// earlier attempt's provider charge before creating one.
/// A card charge without a card on file cannot be charged again, so the gateway either finds the earlier
/// charge or marks it declined, and the customer's page then offers another try.
/// </summary>
public sealed partial class PaymentStartRecovery(
    IAppDbContext db,
    ChargePaymentStarter starter,
    ISecretProtector secrets,
    IOptions<BillingOptions> billing,
    TimeProvider clock,
    ILogger<PaymentStartRecovery> logger)
{
    /// <summary>Recovers every tenant's stalled starts, or only <paramref name="tenantId"/>'s; returns how many left pending.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken, Guid? tenantId = null)
    {
        var candidates = await db.Charges.AsNoTracking()
            .Where(c => c.Status == ChargeStatus.Pending && (tenantId == null || c.TenantId == tenantId))
            .Select(c => new { c.Id, c.TenantId, c.DueDate, c.PaymentStartLeaseUntil })
            .ToListAsync(cancellationToken);
        var horizons = await HorizonsAsync(candidates.Select(c => c.TenantId).Distinct().ToList(), cancellationToken);

        // SQLite cannot compare DateTimeOffset values in SQL, so the expired leases are picked here.
        var now = clock.GetUtcNow();
        var recovered = 0;
        var due = candidates.Where(c => (c.PaymentStartLeaseUntil is null || c.PaymentStartLeaseUntil <= now) && c.DueDate <= horizons[c.TenantId]);
        foreach (var candidate in due)
        {
            recovered += await RecoverAsync(candidate.Id, cancellationToken) ? 1 : 0;
        }

        return recovered;
    }

    /// <summary>
    /// Returns, per tenant, the last due date whose payment starts now: the tenant's today plus the billing lead days.
    /// A termination bills the periods up to its last day at once, and their card payments and Pix codes wait until
    /// then, as a billing run's charges would, so a card is not charged months ahead.
    /// </summary>
    private async Task<Dictionary<Guid, DateOnly>> HorizonsAsync(IReadOnlyList<Guid> tenantIds, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().Where(t => tenantIds.Contains(t.Id)).ToListAsync(cancellationToken);
        return tenants.ToDictionary(t => t.Id, t => t.LocalDate(t.Now(clock)).AddDays(billing.Value.LeadDays));
    }

    private async Task<bool> RecoverAsync(Guid chargeId, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var charge = await db.Charges.SingleAsync(c => c.Id == chargeId, cancellationToken);
        var neverTried = charge.PaymentStartLeaseUntil is null && charge.FailedStartAttempts == 0;
        if (!await starter.TryClaimAsync(charge, cancellationToken))
        {
            return false;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
        if (neverTried && charge.Purpose == ChargePurpose.Regular && charge.SaleId is null && !contract.StillBills(charge.PeriodIndex))
        {
            // A billing run that read the contract before a termination or cancellation committed billed a period the
            // contract no longer has. Nothing reached the provider yet, so the charge is cancelled instead of started.
            charge.Cancel();
            await db.SaveChangesAsync(cancellationToken);
            LogCancelledUnbilled(charge.Id, contract.Id, contract.Status);
            return false;
        }

        var customer = await db.Customers.SingleAsync(c => c.Id == charge.CustomerId, cancellationToken);
        var cardToken = charge.PaymentOption.Method == PaymentMethod.Card && contract.ProtectedCardToken is { } protectedToken
            ? secrets.Unprotect(protectedToken)
            : null;

        try
        {
            await starter.StartAsync(charge, contract, customer, checkout: null, cardToken, cancellationToken);
        }
        catch (ProviderUnavailableException)
        {
            // The starter logged the failure with the charge's ids and released the lease for the next run.
            return false;
        }

        if (neverTried)
        {
            LogStarted(charge.Id, contract.Id, charge.Status);
        }
        else
        {
            LogRecovered(charge.Id, contract.Id, charge.Status);
        }

        return charge.Status != ChargeStatus.Pending;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started the payment of charge {ChargeId} (contract {ContractId}), such as a billing run's; it is now {Status}")]
    private partial void LogStarted(Guid chargeId, Guid contractId, ChargeStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancelled charge {ChargeId} before its start: contract {ContractId} is {Status} and no longer bills its period")]
    private partial void LogCancelledUnbilled(Guid chargeId, Guid contractId, ContractStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovered the stalled payment start of charge {ChargeId} (contract {ContractId}); it is now {Status}")]
    private partial void LogRecovered(Guid chargeId, Guid contractId, ChargeStatus status);
}
