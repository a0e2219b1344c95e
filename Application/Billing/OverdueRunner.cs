using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Telemetry;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Billing;

/// <summary>
/// Marks charges still unpaid after their due date overdue, counting days in the tenant's time zone, and
/// closes access to their contracts when the plan ties access to payment. Running it twice changes nothing
/// more, so several instances may run it at once.
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
                .Where(c => c.TenantId == tenant.Id && c.Status == ChargeStatus.AwaitingPayment && c.DueDate < today)
                .ToListAsync(cancellationToken);

            foreach (var charge in charges)
            {
                marked += await MarkAsync(charge, today, now, cancellationToken) ? 1 : 0;
            }
        }

        return marked;
    }

    private async Task<bool> MarkAsync(Charge charge, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!charge.MarkOverdue(today))
        {
            return false;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.overdue", nameof(Charge), charge.Id, "system", now, $"Vencida em {charge.DueDate:yyyy-MM-dd} sem pagamento."));
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} of contract {ContractId} is overdue; the contract is {ContractStatus}")]
    private partial void LogMarkedOverdue(Guid chargeId, Guid contractId, ContractStatus contractStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} changed while being marked overdue; it is left as the other change saved it")]
    private partial void LogChangedMeanwhile(Guid chargeId);
}
