using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Application.Common.Time;
using Conexa.Domain.Auditing;
using Conexa.Domain.Sales;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Payments.Inter;

/// <summary>
/// Moves one of our charges forward to match Inter's state of its boleto. Every step only moves forward
/// (processing, then open, then paid or closed), so applying the same state twice, or an older state
/// after a newer one, changes nothing: this is what makes repeated and out-of-order callbacks safe.
/// </summary>
public sealed partial class InterChargeStateApplier(
    IAppDbContext db,
    ChargePaymentRecorder recorder,
    TenantClock tenantClock,
    TimeProvider clock,
    ILogger<InterChargeStateApplier> logger)
{
    /// <summary>Applies <paramref name="state"/> to the tracked <paramref name="charge"/> and returns true when it changed it.</summary>
    public async Task<bool> ApplyAsync(Charge charge, InterChargeState state, CancellationToken cancellationToken)
    {
        switch (state.Situacao)
        {
            case InterChargeState.Open or InterChargeState.Overdue:
                return RegisterBoleto(charge, state);
            case InterChargeState.Received or InterChargeState.MarkedReceived:
                return await RegisterPaymentAsync(charge, state, cancellationToken);
            case InterChargeState.Cancelled or InterChargeState.Expired:
                return await CloseAsync(charge, state, cancellationToken);
            case InterChargeState.IssueFailed:
                return RegisterIssueFailed(charge);
            default:
                LogNothingToApply(charge.Id, state.Situacao);
                return false;
        }
    }

    private bool RegisterBoleto(Charge charge, InterChargeState state)
    {
        var stillRegistering = charge.Status == ChargeStatus.Processing
            || (charge.Status == ChargeStatus.Overdue && charge.BoletoDigitableLine is null);
        if (!stillRegistering || !state.HasBoleto)
        {
            return false;
        }

        charge.RegisterBoletoIssued(
            state.CodigoSolicitacao,
            state.LinhaDigitavel!,
            state.CodigoBarras!,
            InterBoletoPdf.PathFor(charge.Id),
            state.PixCopiaECola);
        LogIssued(charge.Id, state.CodigoSolicitacao);
        return true;
    }

    private async Task<bool> RegisterPaymentAsync(Charge charge, InterChargeState state, CancellationToken cancellationToken)
    {
        if (charge.Status == ChargeStatus.Cancelled)
        {
            // The customer paid the boleto before its cancellation reached Inter. The recorder credits the customer
            // and e-mails the operator, who refunds it.
            LogPaidWhileCancelled(charge.Id, state.CodigoSolicitacao);
        }
        else
        {
            RegisterBoleto(charge, state);
        }

        if (!await recorder.RecordAsync(charge, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        LogPaid(charge.Id, state.CodigoSolicitacao);
        return true;
    }

    private async Task<bool> CloseAsync(Charge charge, InterChargeState state, CancellationToken cancellationToken)
    {
        var reason = state.Situacao == InterChargeState.Expired
            ? "O boleto venceu e foi baixado pelo Banco Inter."
            : "O boleto foi cancelado no Banco Inter.";
        if (!charge.RegisterClosedByProvider(reason))
        {
            return false;
        }

        // The contract's history records why the charge is cancelled while the contract still runs.
        db.AuditEntries.Add(AuditEntry.Record(
            charge.TenantId, "charge.closed-by-provider", nameof(Charge), charge.Id, "provider:inter", await tenantClock.NowAsync(charge.TenantId, cancellationToken), reason));

        LogClosed(charge.Id, state.CodigoSolicitacao, state.Situacao);
        return true;
    }

    private bool RegisterIssueFailed(Charge charge)
    {
        if (charge.Status != ChargeStatus.Processing)
        {
            return false;
        }

        charge.RegisterRejected("O Banco Inter não conseguiu registrar o boleto. Tente novamente ou escolha outra forma de pagamento.");
        LogIssueFailed(charge.Id, charge.ProviderChargeId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inter boleto {CodigoSolicitacao} of charge {ChargeId} is registered; its barcode and Pix code are saved")]
    private partial void LogIssued(Guid chargeId, string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} paid, confirmed by Inter boleto {CodigoSolicitacao}")]
    private partial void LogPaid(Guid chargeId, string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inter reports boleto {CodigoSolicitacao} paid, but charge {ChargeId} was cancelled; the amount becomes the customer's credit")]
    private partial void LogPaidWhileCancelled(Guid chargeId, string codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} closed because Inter boleto {CodigoSolicitacao} is {Situacao}")]
    private partial void LogClosed(Guid chargeId, string codigoSolicitacao, string situacao);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inter failed to register the boleto {CodigoSolicitacao} of charge {ChargeId}; the charge is marked declined")]
    private partial void LogIssueFailed(Guid chargeId, string? codigoSolicitacao);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inter state {Situacao} changes nothing on charge {ChargeId}")]
    private partial void LogNothingToApply(Guid chargeId, string situacao);
}
