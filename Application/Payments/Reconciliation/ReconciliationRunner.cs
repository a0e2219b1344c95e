using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Application.Payments.Inter;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Payments.Reconciliation;

/// <summary>
/// Reads from Inter the boletos of charges still processing or awaiting payment and applies what changed,
/// so a lost callback only delays a change. Instances may run at the same moment: the state is applied
/// forward only, and the charge's concurrency token lets one instance save each change while the other
/// reads the charge again and finds nothing left to do.
/// </summary>
public sealed partial class ReconciliationRunner(
    IAppDbContext db,
    IInterChargeSource inter,
    InterChargeStateApplier applier,
    IOptions<ReconciliationOptions> options,
    ILogger<ReconciliationRunner> logger)
{
    public async Task<ReconciliationResult> RunAsync(CancellationToken cancellationToken)
    {
        var chargeIds = await db.Charges.AsNoTracking()
            .Where(c => c.PaymentOption.Provider == PaymentProvider.Inter
                && c.ProviderChargeId != null
                && (c.Status == ChargeStatus.Processing || c.Status == ChargeStatus.AwaitingPayment))
            .OrderBy(c => c.DueDate)
            .ThenBy(c => c.Id)
            .Select(c => c.Id)
            .Take(Math.Max(1, options.Value.BatchSize))
            .ToListAsync(cancellationToken);

        var changed = 0;
        var checkedCount = 0;
        foreach (var chargeId in chargeIds)
        {
            try
            {
                changed += await ReconcileAsync(chargeId, cancellationToken) ? 1 : 0;
                checkedCount++;
            }
            catch (ProviderUnavailableException exception)
            {
                // The next run retries every charge left, so one outage does not need retries here.
                LogProviderUnavailable(exception, chargeId);
                break;
            }
        }

        LogRunFinished(checkedCount, changed);
        return new ReconciliationResult(checkedCount, changed);
    }

    private async Task<bool> ReconcileAsync(Guid chargeId, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var providerChargeId = await db.Charges.AsNoTracking()
            .Where(c => c.Id == chargeId)
            .Select(c => c.ProviderChargeId!)
            .SingleAsync(cancellationToken);
        var state = await inter.GetChargeAsync(providerChargeId, cancellationToken);
        if (state is null)
        {
            LogMissingAtInter(chargeId, providerChargeId);
            return false;
        }

        var changed = false;
        await ConcurrentDeliveries.ApplyAsync(
            db,
            async () =>
            {
                var charge = await db.Charges.SingleAsync(c => c.Id == chargeId, cancellationToken);
                changed = await applier.ApplyAsync(charge, state, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            },
            attempt => LogConcurrentRun(chargeId, attempt));
        return changed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation read {ChargesChecked} Inter charges and changed {ChargesChanged}")]
    private partial void LogRunFinished(int chargesChecked, int chargesChanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation stopped at charge {ChargeId}: Inter is unavailable; the next run continues")]
    private partial void LogProviderUnavailable(Exception exception, Guid chargeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charge {ChargeId} names Inter boleto {CodigoSolicitacao}, which Inter does not return")]
    private partial void LogMissingAtInter(Guid chargeId, string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance changed charge {ChargeId} first (attempt {Attempt}); reading it again")]
    private partial void LogConcurrentRun(Guid chargeId, int attempt);
}
