using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Telemetry;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Domain.Tenants;
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
    private static readonly ContractStatus[] BillableStatuses = [ContractStatus.Active, ContractStatus.Suspended];

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
            foreach (var status in BillableStatuses)
            {
                // Keyset pages in key order: each page is one range of the (tenant, status, id) index, however
                // many contracts the tenant has.
                // NOTE: a contract that turns from suspended to active during a run, after the active pages passed
                // its key, is billed by the next run. One that turns the other way is read twice and billed once.
                var after = Guid.Empty;
                while (await ReadPageAsync(tenant.Id, status, after, batchSize, cancellationToken) is { Count: > 0 } page)
                {
                    after = page[^1].Id;
                    checkedCount += page.Count;
                    created += await BillBatchAsync(page, tenant, horizon, now, cancellationToken)
                        ?? await BillOneByOneAsync(page, tenant, horizon, now, cancellationToken);
                }
            }
        }

        telemetry.ChargesBilled(created);
        LogRunFinished(checkedCount, created);
        return new BillingRunResult(checkedCount, created);
    }

    /// <summary>
    /// Reads a page of contracts in <paramref name="status"/> after the key <paramref name="after"/>. A contract with a
    /// recorded termination is left out, because the termination billed every period up to its last day itself.
    /// </summary>
    private Task<List<BillableContract>> ReadPageAsync(Guid tenantId, ContractStatus status, Guid after, int size, CancellationToken cancellationToken) =>
        Billable(db.Contracts
                .Where(c => c.TenantId == tenantId && c.Status == status && c.TerminatedAt == null && c.Id.CompareTo(after) > 0)
                .OrderBy(c => c.Id)
                .Take(size))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Projects the columns a charge needs and the contract's last billed period, from the charges' unique index, in
    /// one query, so a batch materialises no whole contract (its quota JSON included).
    /// </summary>
    private IQueryable<BillableContract> Billable(IQueryable<Contract> contracts) =>
        contracts.AsNoTracking().Select(c => new BillableContract(
            c.Id,
            c.TenantId,
            c.CustomerId,
            c.PaymentOption.Method,
            c.PaymentOption.Provider,
            c.StartDate,
            c.MonthlyPrice,
            db.Charges.Where(h => h.ContractId == c.Id && h.Purpose == ChargePurpose.Regular).Max(h => (int?)h.PeriodIndex)));

    /// <summary>Bills a batch that lost to another run again, a contract at a time, reading what that run created.</summary>
    private async Task<int> BillOneByOneAsync(List<BillableContract> batch, Tenant tenant, DateOnly horizon, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var stale in batch)
        {
            var contract = await Billable(db.Contracts.Where(c => c.Id == stale.Id)).SingleAsync(cancellationToken);
            var count = await BillBatchAsync([contract], tenant, horizon, now, cancellationToken);
            if (count is null)
            {
                LogAlreadyBilled(contract.Id);
            }

            created += count ?? 0;
        }

        return created;
    }

    /// <summary>
    /// Creates the due charges of <paramref name="contracts"/> in one transaction and returns how many, or null
    /// when another run created one of them first and nothing was saved. A period whose due date passed before the run
    /// reached it, such as after a first payment that came late, is due on <see cref="Tenant.EarliestDueDate"/> instead.
    /// </summary>
    private async Task<int?> BillBatchAsync(List<BillableContract> contracts, Tenant tenant, DateOnly horizon, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var charges = new List<Charge>();
        var today = tenant.LocalDate(now);
        var earliestForCard = tenant.EarliestDueDate(PaymentMethod.Card, now);
        var earliestEmailed = tenant.EarliestDueDate(PaymentMethod.Pix, now);
        foreach (var contract in contracts)
        {
            var schedule = new DueDateSchedule(contract.StartDate);
            var paymentOption = new PaymentOption(contract.Method, contract.Provider);
            var earliest = contract.Method == PaymentMethod.Card ? earliestForCard : earliestEmailed;
            for (var index = (contract.LastBilledPeriod + 1) ?? 0; schedule.DueDate(index) <= horizon; index++)
            {
                var period = schedule.Period(index);
                // The earliest due date is today or later, so only a period already due moves.
                var dueDate = period.Start < today ? earliest : period.Start;
                var charge = Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, paymentOption, index, ChargePurpose.Regular, dueDate, contract.MonthlyPrice, now);
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

    private sealed record BillableContract(
        Guid Id,
        Guid TenantId,
        Guid CustomerId,
        PaymentMethod Method,
        PaymentProvider Provider,
        DateOnly StartDate,
        decimal MonthlyPrice,
        int? LastBilledPeriod);

    [LoggerMessage(Level = LogLevel.Information, Message = "Billing run checked {ContractCount} active and suspended contracts and created {ChargeCount} charges")]
    private partial void LogRunFinished(int contractCount, int chargeCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} was billed by another run at the same moment; its charges are left as that run made them")]
    private partial void LogAlreadyBilled(Guid contractId);
}
