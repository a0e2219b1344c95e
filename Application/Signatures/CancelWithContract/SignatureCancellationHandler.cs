using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Signatures.CancelWithContract;

/// <summary>
/// Withdraws an unsigned contract from signature when its contracting is cancelled unpaid or the contract is
/// terminated, so no one signs a contract that no longer runs (an admin cannot send either for signature). An
/// uploaded document is cancelled at the provider, and the request is closed, so a queued request is never sent.
/// A send in progress makes the event retry after it.
/// </summary>
public sealed partial class SignatureCancellationHandler(
    IAppDbContext db,
    ISignatureProvider provider,
    SignatureRequestSender sender,
    SignatureStateApplier applier,
    TimeProvider clock,
    TenantClock tenantClock,
    ILogger<SignatureCancellationHandler> logger) : IDomainEventHandler<ContractCancelledUnpaid>, IDomainEventHandler<ContractTerminated>
{
    private static readonly Withdrawal CancelledUnpaid = new(
        "Contratação cancelada: a primeira cobrança venceu sem pagamento.",
        "Assinatura cancelada na D4Sign porque a contratação foi cancelada sem pagamento.",
        "Envio para assinatura cancelado porque a contratação foi cancelada sem pagamento.");

    private static readonly Withdrawal Terminated = new(
        "Contrato encerrado antes da assinatura.",
        "Assinatura cancelada na D4Sign porque o contrato foi encerrado antes de ser assinado.",
        "Envio para assinatura cancelado porque o contrato foi encerrado.");

    public Task HandleAsync(ContractCancelledUnpaid domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return WithdrawAsync(domainEvent.ContractId, CancelledUnpaid, cancellationToken);
    }

    public Task HandleAsync(ContractTerminated domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return WithdrawAsync(domainEvent.ContractId, Terminated, cancellationToken);
    }

    private async Task WithdrawAsync(Guid contractId, Withdrawal withdrawal, CancellationToken cancellationToken)
    {
        var request = await db.SignatureRequests.SingleOrDefaultAsync(r => r.ContractId == contractId, cancellationToken);
        if (request is null || request.Status is SignatureStatus.Signed or SignatureStatus.Cancelled)
        {
            return;
        }

        // The send lease keeps a concurrent send from uploading or sending the document after it is cancelled. While a
        // send has it, the claim throws and the outbox retries the event after the send.
        await sender.ClaimSendAsync(request, cancellationToken);
        try
        {
            if (request.DocumentId is not null && !await CancelAtProviderAsync(request, withdrawal.ProviderComment, cancellationToken))
            {
                request.ReleaseSend();
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            await CloseAsync(request, withdrawal, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            request.ReleaseSend();
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Cancels the document at the provider. Returns false when the provider rejected the cancellation because the
    /// document was already signed or cancelled there, after applying that state to the request.
    /// </summary>
    private async Task<bool> CancelAtProviderAsync(SignatureRequest request, string comment, CancellationToken cancellationToken)
    {
        var documentId = request.DocumentId!;
        try
        {
            await provider.CancelAsync(request.TenantId, documentId, comment, cancellationToken);
            return true;
        }
        catch (ProviderRejectedException exception)
        {
            // The callback of a signature or cancellation may not have arrived yet, so the document's state decides.
            LogCancelRejected(exception, request.ContractId, documentId);
            var state = await provider.GetStateAsync(request.TenantId, documentId, cancellationToken);
            await applier.ApplyAsync(request, state, cancellationToken);
            if (request.Status is SignatureStatus.Signed or SignatureStatus.Cancelled)
            {
                return false;
            }

            throw;
        }
    }

    private async Task CloseAsync(SignatureRequest request, Withdrawal withdrawal, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var wasSent = request.DocumentId is not null;
        request.Withdraw(now);
        var contract = await db.Contracts.SingleAsync(c => c.Id == request.ContractId, cancellationToken);
        contract.ApplySignatureOutcome(SignatureStatus.Cancelled);
        db.AuditEntries.Add(AuditEntry.Record(
            request.TenantId,
            "contract.signature-cancelled",
            nameof(Contract),
            contract.Id,
            "system",
            await tenantClock.NowAsync(request.TenantId, cancellationToken),
            wasSent ? withdrawal.SentDetails : withdrawal.QueuedDetails));
        await db.SaveChangesAsync(cancellationToken);
        LogClosed(request.ContractId, request.DocumentId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The signature provider rejected cancelling document {DocumentId} of closed contract {ContractId}; reading its state")]
    private partial void LogCancelRejected(Exception exception, Guid contractId, string documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrew closed contract {ContractId} from signature (document {DocumentId})")]
    private partial void LogClosed(Guid contractId, string? documentId);

    /// <summary>Why a contract leaves signature: the comment sent to the provider and the audit details of a sent or a queued request.</summary>
    private sealed record Withdrawal(string ProviderComment, string SentDetails, string QueuedDetails);
}
