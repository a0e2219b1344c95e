using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Application.Common.Signatures;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Signatures.Shared;

/// <summary>Applies a document's state read from the provider to the request and its contract, without saving.</summary>
public sealed partial class SignatureStateApplier(IAppDbContext db, TimeProvider clock, TenantClock tenantClock, ILogger<SignatureStateApplier> logger)
{
    /// <summary>Returns whether the request moved to signed or cancelled.</summary>
    public async Task<bool> ApplyAsync(SignatureRequest request, SignatureDocumentState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(state);
        if (!request.ApplyProviderState(state.StatusId, state.Outcome, clock.GetUtcNow()))
        {
            return false;
        }

        var contract = await db.Contracts.SingleAsync(c => c.Id == request.ContractId, cancellationToken);
        contract.ApplySignatureOutcome(request.Status);
        var (action, details) = request.Status == SignatureStatus.Signed
            ? ("contract.signed", "Assinado por todos os signatários.")
            : ("contract.signature-cancelled", "Assinatura cancelada na D4Sign.");
        db.AuditEntries.Add(AuditEntry.Record(request.TenantId, action, nameof(Contract), contract.Id, "provider:d4sign", await tenantClock.NowAsync(request.TenantId, cancellationToken), details));
        LogApplied(request.ContractId, request.DocumentId, state.StatusId, request.Status);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} signature is {SignatureStatus} (document {DocumentId}, provider status {StatusId})")]
    private partial void LogApplied(Guid contractId, string? documentId, int statusId, Domain.Contracts.SignatureStatus signatureStatus);
}
