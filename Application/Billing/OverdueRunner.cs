using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Telemetry;
using Conexa.Application.Common.Text;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Billing;

/// <summary>
/// Marks charges still unpaid after their due date overdue, counting days in the tenant's time zone, and
/// closes access to their contracts when the plan ties access to payment. Overdue charges older than the
/// tenant's write-off period are written off and cancelled at the provider. A contract whose first charge
/// is written off is cancelled, and so is one whose first payment was declined or closed by the provider and
/// stayed unpaid for the same period, also under the immediate policy when none of its charges was ever paid.
/// Running it twice changes nothing more, so several instances may run it at once.
/// </summary>
public sealed partial class OverdueRunner(IAppDbContext db, ConexaTelemetry telemetry, TimeProvider clock, ILogger<OverdueRunner> logger)
{
    /// <summary>Checks every tenant, or only <paramref name="tenantId"/> when given; returns how many charges became overdue.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken, Guid? tenantId = null)
    {
        var tenants = await db.Tenants.AsNoTracking().Where(t => tenantId == null || t.Id == tenantId).ToListAsync(cancellationToken);
        var marked = 0;
        foreach (var tenant in tenants)
        {
            var now = tenant.Now(clock);
            var today = tenant.LocalDate(now);
            var charges = await db.Charges
                .Where(c => c.TenantId == tenant.Id
                    && (c.Status == ChargeStatus.AwaitingPayment
                        || c.Status == ChargeStatus.Processing
                        || (c.Status == ChargeStatus.Declined && c.SaleId == null))
                    && c.DueDate < today)
                .ToListAsync(cancellationToken);

            foreach (var charge in charges)
            {
                marked += await MarkAsync(charge, today, now, cancellationToken) ? 1 : 0;
            }

            var lastPayableDueDate = today.AddDays(-tenant.WriteOffDays);
            var stale = await db.Charges
                .Where(c => c.TenantId == tenant.Id && c.Status == ChargeStatus.Overdue && c.DueDate < lastPayableDueDate)
                .ToListAsync(cancellationToken);
            foreach (var charge in stale)
            {
                await WriteOffAsync(charge, today, tenant.WriteOffDays, now, cancellationToken);
            }

            await CancelAbandonedAsync(tenant.Id, lastPayableDueDate, tenant.WriteOffDays, now, cancellationToken);
            await EndAfterLastDayAsync(tenant.Id, today, now, cancellationToken);
            await DeleteFilesOfCancelledAsync(tenant.Id, now, cancellationToken);
        }

        return marked;
    }

    /// <summary>
    /// Cancels the contracts still awaiting their first payment whose first charge was declined (a refused card,
    /// a boleto the bank would not issue) or closed by the provider, and was due before <paramref name="lastPayableDueDate"/>.
    /// </summary>
    private async Task CancelAbandonedAsync(Guid tenantId, DateOnly lastPayableDueDate, int writeOffDays, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contractIds = await db.Charges.AsNoTracking()
            .Where(c => c.TenantId == tenantId
                && c.SaleId != null
                && (c.Status == ChargeStatus.Declined || c.Status == ChargeStatus.Cancelled)
                && c.DueDate < lastPayableDueDate)
            .Select(c => c.ContractId)
            .ToListAsync(cancellationToken);
        var contracts = await db.Contracts
            .Where(c => contractIds.Contains(c.Id)
                && (c.Status == ContractStatus.AwaitingPayment
                    || (c.ActivationPolicy == ActivationPolicy.Immediate && (c.Status == ContractStatus.Active || c.Status == ContractStatus.Suspended))))
            .ToListAsync(cancellationToken);
        foreach (var contract in contracts)
        {
            if (!await CancelNeverPaidAsync(contract, now, cancellationToken))
            {
                continue;
            }

            db.AuditEntries.Add(AuditEntry.Record(tenantId, "contract.cancelled", nameof(Contract), contract.Id, "system", now, $"Cancelado: o primeiro pagamento não foi concluído em {writeOffDays} dias."));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogAbandonedCancelled(contract.Id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A late payment or another instance changed the contract first; its state wins.
                LogContractChangedMeanwhile(contract.Id);
                db.DiscardChanges();
            }
        }
    }

    /// <summary>Ends the tenant's contracts whose recorded termination's last day of service is before <paramref name="today"/>.</summary>
    private async Task EndAfterLastDayAsync(Guid tenantId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contracts = await db.Contracts
            .Where(c => c.TenantId == tenantId
                && c.TerminatedAt != null
                && c.Status != ContractStatus.Terminated
                && c.Status != ContractStatus.Cancelled
                && c.EndDate < today)
            .ToListAsync(cancellationToken);
        foreach (var contract in contracts.Where(c => c.EndAfterLastDay(today)))
        {
            db.AuditEntries.Add(AuditEntry.Record(tenantId, "contract.ended", nameof(Contract), contract.Id, "system", now, $"Encerrado após o último dia de uso, {Portuguese.Date(contract.EndDate!.Value)}."));
            LogEnded(contract.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes the files of the tenant's contracts cancelled before any payment. They no longer count against the
    /// storage quota, so kept they would let checkouts that are never paid grow the database without a bound.
    /// </summary>
    private async Task DeleteFilesOfCancelledAsync(Guid tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contractIds = await db.Attachments.AsNoTracking()
            .Where(a => a.TenantId == tenantId
                && a.ContractId != null
                && db.Contracts.Any(c => c.Id == a.ContractId && c.Status == ContractStatus.Cancelled))
            .Select(a => a.ContractId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var contractId in contractIds)
        {
            var deleted = await db.Attachments.Where(a => a.ContractId == contractId).ExecuteDeleteAsync(cancellationToken);
            db.AuditEntries.Add(AuditEntry.Record(tenantId, "contract.attachments-deleted", nameof(Contract), contractId, "system", now, $"{Portuguese.Count(deleted, "arquivo apagado", "arquivos apagados")}: a contratação foi cancelada sem pagamento."));
            await db.SaveChangesAsync(cancellationToken);
            LogFilesDeleted(deleted, contractId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} ended after the last day of service of its termination")]
    private partial void LogEnded(Guid contractId);

    private async Task WriteOffAsync(Charge charge, DateOnly today, int writeOffDays, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!charge.WriteOff(today, writeOffDays))
        {
            return;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.written-off", nameof(Charge), charge.Id, "system", now, $"Baixada após {writeOffDays} dias de atraso; cancelada no provedor."));
        if (charge.SaleId is not null && await CancelNeverPaidAsync(contract, now, cancellationToken))
        {
            db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "contract.cancelled", nameof(Contract), contract.Id, "system", now, "Cancelado: a primeira cobrança foi baixada sem pagamento."));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogWrittenOff(charge.Id, contract.Id, contract.Status);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogChangedMeanwhile(charge.Id);
            db.DiscardChanges();
        }
    }

    /// <summary>
    /// Cancels a contracting whose first payment never arrived, unless one of its charges was paid, and cancels its
    /// later open charges, here and at the provider. Under the immediate policy the contract ran without payment and
    /// the billing run went on charging it, so those later charges are open too. A charge whose payment is being
    /// started at the provider is left to the next run. Returns true when the contract was cancelled.
    /// </summary>
    private async Task<bool> CancelNeverPaidAsync(Contract contract, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var charges = await db.Charges.Where(c => c.ContractId == contract.Id).ToListAsync(cancellationToken);
        if (charges.Any(c => c.Status is ChargeStatus.Paid or ChargeStatus.Approved) || !contract.CancelUnpaid(now))
        {
            return false;
        }

        // The first charge keeps its own state (written off, or declined with the provider's reason).
        foreach (var open in charges.Where(c => c.SaleId == null && c.IsOpen && !c.IsPaymentStarting(clock.GetUtcNow())))
        {
            open.Cancel();
        }

        return true;
    }

    private async Task<bool> MarkAsync(Charge charge, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!charge.MarkOverdue(today))
        {
            return false;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.overdue", nameof(Charge), charge.Id, "system", now, $"Vencida em {Portuguese.Date(charge.DueDate)} sem pagamento."));
        if (contract.SuspendForOverdueCharge(now))
        {
            db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "contract.suspended", nameof(Contract), contract.Id, "system", now, "Acesso suspenso por cobrança em atraso."));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A payment callback or another instance changed the charge first; its state wins.
            LogChangedMeanwhile(charge.Id);
            db.DiscardChanges();
            return false;
        }

        telemetry.ChargeOverdue();
        LogMarkedOverdue(charge.Id, contract.Id, contract.Status);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} file(s) of contract {ContractId}, cancelled before any payment")]
    private partial void LogFilesDeleted(int count, Guid contractId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} of contract {ContractId} is overdue; the contract is {ContractStatus}")]
    private partial void LogMarkedOverdue(Guid chargeId, Guid contractId, ContractStatus contractStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} of contract {ContractId} was written off; the contract is {ContractStatus}")]
    private partial void LogWrittenOff(Guid chargeId, Guid contractId, ContractStatus contractStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} changed while being cancelled as abandoned; it is left as the other change saved it")]
    private partial void LogContractChangedMeanwhile(Guid contractId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} was cancelled: its first payment was declined or closed and never retried")]
    private partial void LogAbandonedCancelled(Guid contractId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} changed while being marked overdue or written off; it is left as the other change saved it")]
    private partial void LogChangedMeanwhile(Guid chargeId);
}
