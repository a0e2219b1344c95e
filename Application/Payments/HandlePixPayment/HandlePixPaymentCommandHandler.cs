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
        var payments = new List<(string Txid, DateTimeOffset? PaidAt)>();
        foreach (var txid in command.Txids.Distinct(StringComparer.Ordinal))
        {
            // The txid is ours, so the charge records whether its tenant's own EFI account issued it. A txid of no
            // charge is read with the host account, and EFI's not-found rejects the callback.
            var tenantId = await db.Charges.AsNoTracking()
                .Where(c => c.ProviderChargeId == txid && c.PaymentOption.Method == PaymentMethod.Pix)
                .Select(c => c.StartedWithTenantAccount ? (Guid?)c.TenantId : null)
                .SingleOrDefaultAsync(cancellationToken);
            var state = await efi.GetPixChargeAsync(tenantId, txid, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} paid by Pix, confirmed by EFI for txid {Txid}")]
    private partial void LogPaid(Guid chargeId, string txid);
}
