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
        foreach (var txid in command.Txids.Distinct(StringComparer.Ordinal))
        {
            var state = await efi.GetPixChargeAsync(txid, cancellationToken);
            if (!state.IsPaid)
            {
                LogNotPaid(txid, state.Status);
                continue;
            }

            var charge = await db.Charges.SingleOrDefaultAsync(
                c => c.ProviderChargeId == txid && c.PaymentOption.Method == PaymentMethod.Pix,
                cancellationToken);
            if (charge is null)
            {
                LogUnknownTxid(txid);
                continue;
            }

            if (await recorder.RecordAsync(charge, state.PaidAt ?? clock.GetUtcNow(), cancellationToken))
            {
                LogPaid(charge.Id, txid);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pix callback for txid {Txid}, but EFI reports status {Status}; nothing applied")]
    private partial void LogNotPaid(string txid, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pix callback for txid {Txid}, which matches no charge of ours")]
    private partial void LogUnknownTxid(string txid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} paid by Pix, confirmed by EFI for txid {Txid}")]
    private partial void LogPaid(Guid chargeId, string txid);
}
