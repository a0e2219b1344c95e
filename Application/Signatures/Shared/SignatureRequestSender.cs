using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Common.Text;
using Conexa.Application.Contracts.Documents;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Signatures.Shared;

/// <summary>
/// Sends a contract to its signers, or reminds them when it was already sent. The steps are upload,
/// webhook registration, signer list and sending. Each is saved as soon as it succeeds, so a retry
/// after a failure resumes at the step that failed and reuses the uploaded document.
/// </summary>
public sealed partial class SignatureRequestSender(
    IAppDbContext db,
    ISignatureProvider provider,
    ContractDocumentIssuer documents,
    TimeProvider clock,
    TenantClock tenantClock,
    ILogger<SignatureRequestSender> logger)
{
    /// <summary>
    /// Sends or resends the request, and records it in the contract's audit trail as done by
    /// <paramref name="actor"/> ("user:{id}", or "system" for the automatic sending). Throws
    /// <see cref="ProviderUnavailableException"/> when the provider is down, and
    /// <see cref="StateConflictException"/> while another process is sending the same request.
    /// </summary>
    public async Task SendAsync(SignatureRequest request, string actor, CancellationToken cancellationToken)
    {
        await ClaimSendAsync(request, cancellationToken);
        try
        {
            if (request.Status == SignatureStatus.Sent)
            {
                await RemindAsync(request, actor, cancellationToken);
            }
            else
            {
                await SendFirstAsync(request, actor, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Gives up the lease at once, so the outbox's retry or the admin's next attempt need not wait for it.
            LogSendFailed(request.Id, request.ContractId, exception.Message);
            request.ReleaseSend();
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Takes the request's send lease and saves it, so no other process uploads or sends the document meanwhile.
    /// Throws <see cref="StateConflictException"/> while another process holds the lease.
    /// </summary>
    public async Task ClaimSendAsync(SignatureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TryClaimSend(clock.GetUtcNow()))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.DiscardChanges();
            }
        }

        throw new StateConflictException(
            "signature-request-busy",
            "O contrato já está sendo enviado para assinatura. Tente de novo em alguns minutos.");
    }

    private async Task SendFirstAsync(SignatureRequest request, string actor, CancellationToken cancellationToken)
    {
        if (request.DocumentId is null)
        {
            var document = await db.ContractDocuments.AsNoTracking().SingleAsync(d => d.ContractId == request.ContractId, cancellationToken);
            var documentId = await provider.UploadAsync(request.TenantId, document.FileName, documents.Pdf(document), cancellationToken);
            request.RecordUpload(documentId);
            await db.SaveChangesAsync(cancellationToken);
            LogUploaded(request.ContractId, documentId);
        }

        var uploadedId = request.DocumentId!;
        if (!request.WebhookRegistered)
        {
            await provider.RegisterWebhookAsync(request.TenantId, uploadedId, cancellationToken);
            request.RecordWebhookRegistered();
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!request.SignersRegistered)
        {
            var keys = await provider.AddSignersAsync(request.TenantId, uploadedId, request.Signers.Select(s => s.Email).ToList(), cancellationToken);
            request.RecordSignerKeys(keys);
            await db.SaveChangesAsync(cancellationToken);
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == request.ContractId, cancellationToken);
        await provider.SendToSignersAsync(request.TenantId, uploadedId, $"Contrato do plano {contract.PlanName} para assinatura eletrônica.", cancellationToken);
        request.MarkSent(clock.GetUtcNow());
        contract.MarkSignatureSent();
        db.AuditEntries.Add(AuditEntry.Record(
            request.TenantId, "contract.signature-sent", nameof(Contract), request.ContractId, actor, await tenantClock.NowAsync(request.TenantId, cancellationToken),
            $"Enviado para assinatura a {Portuguese.Count(request.Signers.Count, "signatário", "signatários")}."));
        await db.SaveChangesAsync(cancellationToken);
        LogSent(request.ContractId, uploadedId, request.Signers.Count);
    }

    private async Task RemindAsync(SignatureRequest request, string actor, CancellationToken cancellationToken)
    {
        foreach (var signer in request.Signers.Where(s => s.ProviderKey is not null))
        {
            await provider.ResendAsync(request.TenantId, request.DocumentId!, signer.Email, signer.ProviderKey!, cancellationToken);
        }

        request.MarkSent(clock.GetUtcNow());
        db.AuditEntries.Add(AuditEntry.Record(
            request.TenantId, "contract.signature-reminded", nameof(Contract), request.ContractId, actor, await tenantClock.NowAsync(request.TenantId, cancellationToken),
            $"Lembrete de assinatura reenviado aos signatários (envio {request.SendCount})."));
        await db.SaveChangesAsync(cancellationToken);
        LogResent(request.ContractId, request.DocumentId!, request.SendCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} uploaded for signature as document {DocumentId}")]
    private partial void LogUploaded(Guid contractId, string documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} sent for signature (document {DocumentId}, {SignerCount} signer(s))")]
    private partial void LogSent(Guid contractId, string documentId, int signerCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} sent again to its signers (document {DocumentId}, sending {SendCount})")]
    private partial void LogResent(Guid contractId, string documentId, int sendCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signature request {SignatureRequestId} of contract {ContractId} failed to send: {Reason}")]
    private partial void LogSendFailed(Guid signatureRequestId, Guid contractId, string reason);
}
