using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Domain.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Payments.HandlePixPayment;

/// <summary>Confirms each Pix payment with EFI (GET /v2/cob/:txid) before marking our charge paid.</summary>
public sealed partial class HandlePixPaymentCommandHandler(
    IAppDbContext db,
    IEfiNotificationSource efi,
    ChargePaymentRecorder recorder,
    TimeProvider clock,
    ILogger<HandlePixPaymentCommandHandler> logger)
    : ICommandHandler<HandlePixPaymentCommand>
{
    public async ValueTask<Unit> Handle(HandlePixPaymentCommand command, CancellationToken cancellationToken)
    {
        var withoutTxid = command.Txids.Count(t => t is null);
        if (withoutTxid > 0)
        {
            LogWithoutTxid(withoutTxid);
        }

        // Payments that match no charge are skipped rather than rejected, so that one foreign payment on the key
        // does not hold back the charges paid in the same delivery while EFI retries it for days.
        var payments = new List<(string Txid, DateTimeOffset? PaidAt)>();
        foreach (var txid in command.Txids.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            // The txid is ours, so the charge records whether its tenant's own EFI account issued it.
            var issuer = await db.Charges.AsNoTracking()
                .Where(c => c.ProviderChargeId == txid && c.PaymentOption.Method == PaymentMethod.Pix)
                .Select(c => new { TenantAccountOf = c.StartedWithTenantAccount ? (Guid?)c.TenantId : null })
                .SingleOrDefaultAsync(cancellationToken);
            if (issuer is null)
            {
                LogUnknownTxid(txid);
                continue;
            }

            var state = await efi.GetPixChargeAsync(issuer.TenantAccountOf, txid, cancellationToken);
            if (state.IsPaid)
            {
                payments.Add((txid, state.PaidAt));
            }
            else
            {
                LogNotPaid(txid, state.Status);
            }
        }

        // EFI may deliver one payment several times at once. The charge's concurrency token lets one request
        // record it; the others fail to save, read the charge again, find it paid and change nothing.
        await ConcurrentDeliveries.ApplyAsync(db, () => RecordPaymentsAsync(payments, cancellationToken), LogConcurrentDelivery);
        return Unit.Value;
    }

    private async Task RecordPaymentsAsync(IReadOnlyList<(string Txid, DateTimeOffset? PaidAt)> payments, CancellationToken cancellationToken)
    {
        foreach (var payment in payments)
        {
            var charge = await db.Charges.SingleOrDefaultAsync(
                c => c.ProviderChargeId == payment.Txid && c.PaymentOption.Method == PaymentMethod.Pix,
                cancellationToken);
            if (charge is null)
            {
                LogUnknownTxid(payment.Txid);
                continue;
            }

            if (await recorder.RecordAsync(charge, payment.PaidAt ?? clock.GetUtcNow(), cancellationToken))
            {
                LogPaid(charge.Id, payment.Txid);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another request recorded a Pix payment of this callback first (attempt {Attempt}); reading the charges again")]
    private partial void LogConcurrentDelivery(int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pix callback for txid {Txid}, but EFI reports status {Status}; nothing applied")]
    private partial void LogNotPaid(string txid, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pix callback for txid {Txid}, which matches no charge of ours")]
    private partial void LogUnknownTxid(string txid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pix callback lists {Count} payments without txid, received on the key outside any charge; nothing applied")]
    private partial void LogWithoutTxid(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} paid by Pix, confirmed by EFI for txid {Txid}")]
    private partial void LogPaid(Guid chargeId, string txid);
}
