using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Domain.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Payments.HandleEfiNotification;

/// <summary>
/// Reads a charge's notification history back from EFI and applies each event not handled before, in order
/// of its id. The callback itself is never trusted, because it only names the history to read.
/// </summary>
public sealed partial class HandleEfiNotificationCommandHandler(
    IAppDbContext db,
    IEfiNotificationSource efi,
    ChargePaymentRecorder recorder,
    TimeProvider clock,
    ILogger<HandleEfiNotificationCommandHandler> logger)
    : ICommandHandler<HandleEfiNotificationCommand>
{
    public async ValueTask<Unit> Handle(HandleEfiNotificationCommand command, CancellationToken cancellationToken)
    {
        var token = command.Token!;
        var events = await efi.GetChargeEventsAsync(command.TenantId, token, cancellationToken);

        // EFI may deliver the callbacks of one charge at the same moment. The cursor's unique token and
        // concurrency check let one request apply each event; the other retries and finds nothing new.
        await ConcurrentDeliveries.ApplyAsync(
            db,
            () => ApplyNewEventsAsync(token, events, cancellationToken),
            attempt => LogConcurrentDelivery(token.Length > 6 ? token[..6] : token, attempt));
        return Unit.Value;
    }

    private async Task ApplyNewEventsAsync(string token, IReadOnlyList<ChargeNotificationEvent> events, CancellationToken cancellationToken)
    {
        var cursor = await db.EfiNotificationCursors.SingleOrDefaultAsync(c => c.Token == token, cancellationToken);
        if (cursor is null)
        {
            cursor = new EfiNotificationCursor { Token = token };
            db.EfiNotificationCursors.Add(cursor);
        }

        foreach (var notification in events.Where(e => e.Id > cursor.LastEventId).OrderBy(e => e.Id))
        {
            await ApplyAsync(notification, cancellationToken);
            cursor.LastEventId = notification.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(ChargeNotificationEvent notification, CancellationToken cancellationToken)
    {
        if (!EfiChargeState.IsPaidStatus(notification.CurrentStatus))
        {
            LogIgnored(notification.Id, notification.ProviderChargeId, notification.CurrentStatus);
            return;
        }

        var charge = await db.Charges.SingleOrDefaultAsync(
            c => c.ProviderChargeId == notification.ProviderChargeId && c.PaymentOption.Method != PaymentMethod.Pix,
            cancellationToken);
        if (charge is null)
        {
            LogUnknownCharge(notification.ProviderChargeId, notification.CustomId);
            return;
        }

        if (await recorder.RecordAsync(charge, clock.GetUtcNow(), cancellationToken))
        {
            LogPaid(charge.Id, notification.ProviderChargeId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another request applied EFI notification {TokenPrefix}… first (attempt {Attempt}); reading again")]
    private partial void LogConcurrentDelivery(string tokenPrefix, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "EFI event {EventId} of charge {ProviderChargeId} has status {Status}; nothing to apply")]
    private partial void LogIgnored(int eventId, string providerChargeId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "EFI notified charge {ProviderChargeId} (custom_id {CustomId}), which matches no charge of ours")]
    private partial void LogUnknownCharge(string providerChargeId, string? customId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} paid, confirmed by EFI charge {ProviderChargeId}")]
    private partial void LogPaid(Guid chargeId, string providerChargeId);
}
