using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Signatures.CancelWithContract;

/// <summary>
/// Withdraws a contract from signature when its contracting is cancelled unpaid, so the customer cannot sign a
/// contract that no longer exists. An uploaded document is cancelled at the provider, and the request is
/// closed, so a queued request is never sent. A send in progress makes this event retry after it.
/// </summary>
public sealed partial class SignatureCancellationHandler(
    IAppDbContext db,
    ISignatureProvider provider,
    SignatureStateApplier applier,
    TimeProvider clock,
    ILogger<SignatureCancellationHandler> logger) : IDomainEventHandler<ContractCancelledUnpaid>
{
    private const string Reason = "Contratação cancelada: a primeira cobrança venceu sem pagamento.";

    public async Task HandleAsync(ContractCancelledUnpaid domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var request = await db.SignatureRequests.SingleOrDefaultAsync(r => r.ContractId == domainEvent.ContractId, cancellationToken);
        if (request is null || request.Status is SignatureStatus.Signed or SignatureStatus.Cancelled)
        {
            return;
        }

        // The send lease keeps a concurrent send from uploading or sending the document after it is cancelled.
        if (!request.TryClaimSend(clock.GetUtcNow()))
        {
            throw new StateConflictException("signature-request-busy", "The contract is being sent for signature, so the cancellation is retried after the send.");
        }

        await db.SaveChangesAsync(cancellationToken);
        try
        {
            if (request.DocumentId is not null && !await CancelAtProviderAsync(request, cancellationToken))
            {
                request.ReleaseSend();
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            await CloseAsync(request, cancellationToken);
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
    private async Task<bool> CancelAtProviderAsync(SignatureRequest request, CancellationToken cancellationToken)
    {
        var documentId = request.DocumentId!;
        try
        {
            await provider.CancelAsync(request.TenantId, documentId, Reason, cancellationToken);
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

    private async Task CloseAsync(SignatureRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var wasSent = request.DocumentId is not null;
        request.CloseForCancelledContract(now);
        var contract = await db.Contracts.SingleAsync(c => c.Id == request.ContractId, cancellationToken);
        contract.ApplySignatureOutcome(SignatureStatus.Cancelled);
        db.AuditEntries.Add(AuditEntry.Record(
            request.TenantId,
            "contract.signature-cancelled",
            nameof(Contract),
            contract.Id,
            "system",
            now,
            wasSent
                ? "Assinatura cancelada na D4Sign porque a contratação foi cancelada sem pagamento."
                : "Envio para assinatura cancelado porque a contratação foi cancelada sem pagamento."));
        await db.SaveChangesAsync(cancellationToken);
        LogClosed(request.ContractId, request.DocumentId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The signature provider rejected cancelling document {DocumentId} of cancelled contract {ContractId}; reading its state")]
    private partial void LogCancelRejected(Exception exception, Guid contractId, string documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrew cancelled contract {ContractId} from signature (document {DocumentId})")]
    private partial void LogClosed(Guid contractId, string? documentId);
}
