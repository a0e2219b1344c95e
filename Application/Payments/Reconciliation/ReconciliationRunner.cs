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
/// so a lost callback only delays a change. It also looks up, by seuNumero, the pending Inter charges whose
/// start failed (a 5xx or timeout after Inter may have issued the boleto) and links the boleto it finds.
/// Instances may run at the same moment, because the state is applied forward only and the charge's
/// concurrency token lets one instance save each change. The other instance reads the charge again and
/// finds nothing left to do. Open EFI charges are read back too (GET /v2/cob/:txid for Pix, GET /v1/charge/:id
/// for card and boleto), so a lost EFI callback is healed the same way.
/// </summary>
public sealed partial class ReconciliationRunner(
    IAppDbContext db,
    IInterChargeSource inter,
    InterChargeStateApplier applier,
    EfiPaymentReader efiPayments,
    ChargePaymentRecorder recorder,
    IOptions<ReconciliationOptions> options,
    TimeProvider clock,
    ILogger<ReconciliationRunner> logger)
{
    public async Task<ReconciliationResult> RunAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var startedIds = await db.Charges.AsNoTracking()
            .Where(c => c.PaymentOption.Provider == PaymentProvider.Inter
                && c.ProviderChargeId != null
                && (c.Status == ChargeStatus.Processing || c.Status == ChargeStatus.AwaitingPayment || c.Status == ChargeStatus.Overdue))
            .OrderBy(c => c.DueDate)
            .ThenBy(c => c.Id)
            .Select(c => c.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        var chargeIds = (await FindFailedStartsAsync(batchSize, cancellationToken)).Concat(startedIds).ToList();

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

        var (efiChecked, efiChanged) = await ReconcileEfiAsync(batchSize, cancellationToken);
        LogRunFinished(checkedCount, changed, efiChecked, efiChanged);
        return new ReconciliationResult(checkedCount + efiChecked, changed + efiChanged);
    }

    /// <summary>
    /// Reads back the EFI charges still open and records those EFI reports paid: Pix cobs awaiting payment or
    /// overdue (CONCLUIDA), and card or boleto charges awaiting payment, overdue or approved (paid or settled).
    /// </summary>
    private async Task<(int Checked, int Changed)> ReconcileEfiAsync(int batchSize, CancellationToken cancellationToken)
    {
        var charges = await db.Charges.AsNoTracking()
            .Where(c => c.PaymentOption.Provider == PaymentProvider.Efi
                && c.ProviderChargeId != null
                && (c.Status == ChargeStatus.AwaitingPayment || c.Status == ChargeStatus.Overdue
                    || (c.Status == ChargeStatus.Approved && c.PaymentOption.Method != PaymentMethod.Pix)))
            .OrderBy(c => c.DueDate)
            .ThenBy(c => c.Id)
            .Select(c => new { c.Id, AccountTenantId = c.StartedWithTenantAccount ? (Guid?)c.TenantId : null, ProviderChargeId = c.ProviderChargeId!, c.PaymentOption.Method })
            .Take(batchSize)
            .ToListAsync(cancellationToken);

        var checkedCount = 0;
        var changed = 0;
        foreach (var charge in charges)
        {
            DateTimeOffset? paidAt;
            try
            {
                paidAt = await efiPayments.PaidAtAsync(charge.AccountTenantId, charge.Method, charge.ProviderChargeId, cancellationToken);
            }
            catch (ProviderUnavailableException exception)
            {
                LogEfiUnavailable(exception, charge.Id);
                break;
            }
            catch (ProviderRejectedException exception)
            {
                // EFI rejected reading this one charge (an id it does not have), and the other charges are unaffected.
                LogEfiRejectedRead(exception, charge.Id, charge.ProviderChargeId);
                continue;
            }

            checkedCount++;
            if (paidAt is null)
            {
                continue;
            }

            var recorded = false;
            await ConcurrentDeliveries.ApplyAsync(
                db,
                async () =>
                {
                    var tracked = await db.Charges.SingleAsync(c => c.Id == charge.Id, cancellationToken);
                    recorded = await recorder.RecordAsync(tracked, paidAt.Value, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                },
                attempt => LogConcurrentRun(charge.Id, attempt));
            if (recorded)
            {
                LogEfiPaymentHealed(charge.Id, charge.ProviderChargeId);
                changed++;
            }
        }

        return (checkedCount, changed);
    }

    /// <summary>
    /// Returns pending Inter charges that no request is starting now: their start lease ended or was given
    /// up after a provider failure. The lease is compared in memory, because SQLite stores DateTimeOffset as text.
    /// </summary>
    private async Task<IEnumerable<Guid>> FindFailedStartsAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await db.Charges.AsNoTracking()
            .Where(c => c.PaymentOption.Provider == PaymentProvider.Inter && c.ProviderChargeId == null && c.Status == ChargeStatus.Pending)
            .Select(c => new { c.Id, c.PaymentStartLeaseUntil })
            .ToListAsync(cancellationToken);
        return pending
            .Where(c => c.PaymentStartLeaseUntil is null || c.PaymentStartLeaseUntil <= now)
            .Select(c => c.Id)
            .Take(batchSize);
    }

    private async Task<bool> ReconcileAsync(Guid chargeId, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var stored = await db.Charges.AsNoTracking().SingleAsync(c => c.Id == chargeId, cancellationToken);
        var state = stored.ProviderChargeId is null
            ? await inter.FindByReferenceAsync(stored.TenantId, stored.ProviderReference, cancellationToken)
            : await inter.GetChargeAsync(stored.ProviderAccountTenantId, stored.ProviderChargeId, cancellationToken);
        if (state is null)
        {
            if (stored.ProviderChargeId is not null)
            {
                LogMissingAtInter(chargeId, stored.ProviderChargeId);
            }

            return false;
        }

        var changed = false;
        await ConcurrentDeliveries.ApplyAsync(
            db,
            async () =>
            {
                var charge = await db.Charges.SingleAsync(c => c.Id == chargeId, cancellationToken);
                changed = false;
                if (charge.Status == ChargeStatus.Pending)
                {
                    if (charge.PaymentStartLeaseUntil > clock.GetUtcNow())
                    {
                        // A checkout retry claimed the charge since it was listed, and it finds the same boleto.
                        return;
                    }

                    charge.RegisterBoletoProcessing(state.CodigoSolicitacao);
                    LogLinkedFailedStart(chargeId, state.CodigoSolicitacao);
                    changed = true;
                }

                changed |= await applier.ApplyAsync(charge, state, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            },
            attempt => LogConcurrentRun(chargeId, attempt));
        return changed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pending charge {ChargeId} is linked to Inter boleto {CodigoSolicitacao}, which an earlier failed start issued")]
    private partial void LogLinkedFailedStart(Guid chargeId, string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation read {InterChecked} Inter charges and changed {InterChanged}, read {EfiChecked} EFI charges and changed {EfiChanged}")]
    private partial void LogRunFinished(int interChecked, int interChanged, int efiChecked, int efiChanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation of EFI charges stopped at charge {ChargeId}: EFI failed; the next run continues")]
    private partial void LogEfiUnavailable(Exception exception, Guid chargeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "EFI rejected reading charge {ChargeId} (provider id {ProviderChargeId}); reconciliation goes on with the next charge")]
    private partial void LogEfiRejectedRead(Exception exception, Guid chargeId, string providerChargeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} paid, read back from EFI charge {ProviderChargeId} after its callback did not arrive")]
    private partial void LogEfiPaymentHealed(Guid chargeId, string providerChargeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation stopped at charge {ChargeId}: Inter is unavailable; the next run continues")]
    private partial void LogProviderUnavailable(Exception exception, Guid chargeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charge {ChargeId} names Inter boleto {CodigoSolicitacao}, which Inter does not return")]
    private partial void LogMissingAtInter(Guid chargeId, string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance changed charge {ChargeId} first (attempt {Attempt}); reading it again")]
    private partial void LogConcurrentRun(Guid chargeId, int attempt);
}
