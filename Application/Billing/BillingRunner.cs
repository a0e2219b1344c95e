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
/// tenant's time zone, a batch of contracts per transaction. A contract's quotas need no renewal, because each
/// period has the allowances agreed at contracting. The new charges are
/// left to <see cref="Payments.RecoverPaymentStarts.PaymentStartRecovery"/>, which issues the Pix code or boleto
/// or charges the card on file, so the run itself makes no provider call. A unique index on contract, period and
/// purpose makes a second instance running at the same moment fail to insert, so each period is charged once.
/// The losing batch is billed again contract by contract, skipping what the other instance created. A run that
/// stopped half-way resumes where the charges end.
/// </summary>
public sealed partial class BillingRunner(
    IAppDbContext db,
    IChargeWriter chargeWriter,
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
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var checkedCount = 0;
        var created = 0;

        foreach (var tenant in tenants)
        {
            var now = tenant.Now(clock);
            var horizon = tenant.LocalDate(now).AddDays(options.Value.LeadDays);
            var contractIds = await db.Contracts.AsNoTracking()
                .Where(c => c.TenantId == tenant.Id && (c.Status == ContractStatus.Active || c.Status == ContractStatus.Suspended))
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);

            foreach (var batch in contractIds.Chunk(batchSize))
            {
                checkedCount += batch.Length;
                created += await BillBatchAsync(batch, horizon, now, cancellationToken)
                    ?? await BillOneByOneAsync(batch, horizon, now, cancellationToken);
            }
        }

        telemetry.ChargesBilled(created);
        LogRunFinished(checkedCount, created);
        return new BillingRunResult(checkedCount, created);
    }

    private async Task<int> BillOneByOneAsync(Guid[] contractIds, DateOnly horizon, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var contractId in contractIds)
        {
            var count = await BillBatchAsync([contractId], horizon, now, cancellationToken);
            if (count is null)
            {
                LogAlreadyBilled(contractId);
            }

            created += count ?? 0;
        }

        return created;
    }

    /// <summary>
    /// Creates the due charges of <paramref name="contractIds"/> in one transaction and returns how many, or null
    /// when another run created one of them first and nothing was saved.
    /// </summary>
    private async Task<int?> BillBatchAsync(Guid[] contractIds, DateOnly horizon, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only the columns a charge needs, so the batch skips materialising whole contracts (their quota JSON included).
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => contractIds.Contains(c.Id))
            .Select(c => new BillableContract(c.Id, c.TenantId, c.CustomerId, c.PaymentOption, c.StartDate, c.MonthlyPrice))
            .ToListAsync(cancellationToken);
        var lastBilled = await db.Charges.AsNoTracking()
            .Where(c => contractIds.Contains(c.ContractId) && c.Purpose == ChargePurpose.Regular)
            .GroupBy(c => c.ContractId)
            .Select(g => new { ContractId = g.Key, PeriodIndex = g.Max(c => c.PeriodIndex) })
            .ToDictionaryAsync(g => g.ContractId, g => g.PeriodIndex, cancellationToken);

        var charges = new List<Charge>();
        foreach (var contract in contracts)
        {
            var first = lastBilled.TryGetValue(contract.Id, out var last) ? last + 1 : 0;
            var schedule = new DueDateSchedule(contract.StartDate);
            for (var index = first; schedule.DueDate(index) <= horizon; index++)
            {
                var period = schedule.Period(index);
                var charge = Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, index, ChargePurpose.Regular, period.Start, contract.MonthlyPrice, now);
                charge.LeaveStartToJob();
                charges.Add(charge);
            }
        }

        try
        {
            await chargeWriter.InsertAsync(charges, cancellationToken);
            return charges.Count;
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            return null;
        }
    }

    private sealed record BillableContract(Guid Id, Guid TenantId, Guid CustomerId, PaymentOption PaymentOption, DateOnly StartDate, decimal MonthlyPrice);

    [LoggerMessage(Level = LogLevel.Information, Message = "Billing run checked {ContractCount} active contracts and created {ChargeCount} charges")]
    private partial void LogRunFinished(int contractCount, int chargeCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} was billed by another run at the same moment; its charges are left as that run made them")]
    private partial void LogAlreadyBilled(Guid contractId);
}
