using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Application.Payments.Inter;
using Conexa.Domain.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Payments.HandleInterCallback;

/// <summary>
/// Reads each boleto of an Inter callback back from Inter and moves our charge forward to match. Items
/// are deduplicated by codigoSolicitacao: the situacao an item claims is never used, only Inter's current
/// one, so a repeated or out-of-order item finds nothing new to apply. Ids of no charge of ours are
/// logged and ignored without calling Inter.
/// </summary>
public sealed partial class HandleInterCallbackCommandHandler(
    IAppDbContext db,
    IInterChargeSource inter,
    InterChargeStateApplier applier,
    ILogger<HandleInterCallbackCommandHandler> logger)
    : ICommandHandler<HandleInterCallbackCommand>
{
    public async ValueTask<Unit> Handle(HandleInterCallbackCommand command, CancellationToken cancellationToken)
    {
        var states = new List<InterChargeState>();
        foreach (var id in command.CodigosSolicitacao.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var charge = await db.Charges.AsNoTracking()
                .Where(c => c.ProviderChargeId == id && c.PaymentOption.Provider == PaymentProvider.Inter)
                .Select(c => new { AccountTenantId = c.StartedWithTenantAccount ? (Guid?)c.TenantId : null })
                .FirstOrDefaultAsync(cancellationToken);
            if (charge is null)
            {
                // NOTE: a callback that arrives before the checkout saved the codigoSolicitacao it issued is
                // ignored too, and the reconciliation job applies that change on its next run.
                LogUnknown(id);
                continue;
            }

            var state = await inter.GetChargeAsync(charge.AccountTenantId, id, cancellationToken);
            if (state is null)
            {
                LogMissingAtInter(id);
                continue;
            }

            states.Add(state);
        }

        // Inter may deliver the same boleto in two requests at once. The charge's concurrency token lets one
        // request save, and the other reads the charge again and finds the change already made.
        await ConcurrentDeliveries.ApplyAsync(db, () => ApplyAsync(states, cancellationToken), LogConcurrentDelivery);
        return Unit.Value;
    }

    private async Task ApplyAsync(IReadOnlyList<InterChargeState> states, CancellationToken cancellationToken)
    {
        foreach (var state in states)
        {
            var charge = await db.Charges.SingleAsync(
                c => c.ProviderChargeId == state.CodigoSolicitacao && c.PaymentOption.Provider == PaymentProvider.Inter,
                cancellationToken);
            await applier.ApplyAsync(charge, state, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inter callback for boleto {CodigoSolicitacao}, which matches no charge of ours; ignored")]
    private partial void LogUnknown(string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inter callback for boleto {CodigoSolicitacao}, but Inter returned no such boleto; ignored")]
    private partial void LogMissingAtInter(string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another request applied an Inter boleto of this callback first (attempt {Attempt}); reading the charges again")]
    private partial void LogConcurrentDelivery(int attempt);
}
