using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Telemetry;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Billing;

/// <summary>
/// Creates each active or suspended contract's charges whose due date falls within the lead days, counted in the
/// tenant's time zone, and renews the period's quotas. A unique index on contract, period and purpose
/// makes a second instance running at the same moment fail to insert, so each period is charged once,
/// and a run that stopped half-way simply resumes where the charges end.
/// </summary>
public sealed partial class BillingRunner(
    IAppDbContext db,
    ChargePaymentStarter paymentStarter,
    ISecretProtector secrets,
    IOptions<BillingOptions> options,
    ConexaTelemetry telemetry,
    TimeProvider clock,
    ILogger<BillingRunner> logger)
{
    /// <summary>Bills every tenant, or only <paramref name="tenantId"/> when given.</summary>
    public async Task<BillingRunResult> RunAsync(CancellationToken cancellationToken, Guid? tenantId = null)
    {
        using var activity = ConexaTelemetry.ActivitySource.StartActivity("billing.run");
        var tenants = await db.Tenants.AsNoTracking().Where(t => tenantId == null || t.Id == tenantId).ToListAsync(cancellationToken);
        var checkedCount = 0;
        var created = 0;

        foreach (var tenant in tenants)
        {
            var now = tenant.Now(clock);
            var horizon = tenant.LocalDate(now).AddDays(options.Value.LeadDays);
            var contractIds = await db.Contracts
                .Where(c => c.TenantId == tenant.Id && (c.Status == ContractStatus.Active || c.Status == ContractStatus.Suspended))
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);

            foreach (var contractId in contractIds)
            {
                checkedCount++;
                created += await BillContractAsync(contractId, horizon, now, cancellationToken);
            }
        }

        telemetry.ChargesBilled(created);
        LogRunFinished(checkedCount, created);
        return new BillingRunResult(checkedCount, created);
    }

    private async Task<int> BillContractAsync(Guid contractId, DateOnly horizon, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, cancellationToken);
        var lastBilled = await db.Charges
            .Where(c => c.ContractId == contractId && c.Purpose == ChargePurpose.Regular)
            .MaxAsync(c => (int?)c.PeriodIndex, cancellationToken) ?? -1;
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == contract.PlanId, cancellationToken);

        var created = 0;
        for (var index = lastBilled + 1; contract.Schedule.DueDate(index) <= horizon; index++)
        {
            var period = contract.Schedule.Period(index);
            var charge = Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, index, ChargePurpose.Regular, period.Start, contract.MonthlyPrice, now, clock.GetUtcNow());
            db.Charges.Add(charge);
            contract.RenewQuotas(period, plan.Quotas);

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || db.IsUniqueViolation(exception))
            {
                LogAlreadyBilled(contractId, index);
                db.DiscardChanges();
                return created;
            }

            created++;
            await StartPaymentAsync(charge, contract, cancellationToken);
        }

        return created;
    }

    /// <summary>
    /// Issues the Pix code or the boleto of a new charge, or charges the card kept on file. A provider failure
    /// leaves the charge pending, and the payment start recovery starts it again later.
    /// </summary>
    private async Task StartPaymentAsync(Charge charge, Contract contract, CancellationToken cancellationToken)
    {
        string? cardToken = null;
        if (charge.PaymentOption.Method == PaymentMethod.Card)
        {
            if (contract.ProtectedCardToken is null)
            {
                LogNoCardOnFile(charge.Id, contract.Id);
                return;
            }

            cardToken = secrets.Unprotect(contract.ProtectedCardToken);
        }

        var customer = await db.Customers.SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        try
        {
            await paymentStarter.StartAsync(charge, contract, customer, cardToken, cancellationToken);
        }
        catch (ProviderUnavailableException)
        {
            // The starter logged the failure with the charge's ids and released its lease.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Billing run checked {ContractCount} active contracts and created {ChargeCount} charges")]
    private partial void LogRunFinished(int contractCount, int chargeCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charge {ChargeId} of contract {ContractId} is due by card, but no card is on file; it stays pending")]
    private partial void LogNoCardOnFile(Guid chargeId, Guid contractId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Period {PeriodIndex} of contract {ContractId} was billed by another run")]
    private partial void LogAlreadyBilled(Guid contractId, int periodIndex);
}
