using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Signatures.Reconcile;

/// <summary>
/// Reads the provider's state of every request still waiting for signatures and applies it, so a lost
/// callback heals. Several instances may run it at once, because the changes only move forward and a
/// request changed by another instance fails its concurrency check and is skipped until the next run.
/// </summary>
public sealed partial class SignatureReconciler(
    IAppDbContext db,
    ISignatureProvider provider,
    SignatureStateApplier applier,
    ILogger<SignatureReconciler> logger)
{
    /// <summary>Returns how many requests moved to signed or cancelled.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var ids = await db.SignatureRequests.AsNoTracking()
            .Where(r => r.Status == SignatureStatus.Sent && r.DocumentId != null)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);

        var changed = 0;
        foreach (var id in ids)
        {
            try
            {
                if (await ReconcileAsync(id, cancellationToken))
                {
                    changed++;
                }
            }
            catch (ProviderUnavailableException exception)
            {
                LogProviderUnavailable(exception, provider.Name, ids.Count);
                db.DiscardChanges();
                break;
            }
            catch (DbUpdateConcurrencyException)
            {
                LogChangedMeanwhile(id);
                db.DiscardChanges();
            }
        }

        if (changed > 0)
        {
            LogHealed(changed, ids.Count);
        }

        return changed;
    }

    private async Task<bool> ReconcileAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.SignatureRequests.SingleAsync(r => r.Id == id, cancellationToken);
        if (request.Status != SignatureStatus.Sent || !await provider.IsConfiguredAsync(request.TenantId, cancellationToken))
        {
            return false;
        }

        var state = await provider.GetStateAsync(request.TenantId, request.DocumentId!, cancellationToken);
        var moved = await applier.ApplyAsync(request, state, cancellationToken);
        if (moved)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            db.DiscardChanges();
        }

        return moved;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} is unavailable; the signature reconciliation stops and checks the {Count} waiting request(s) on its next run")]
    private partial void LogProviderUnavailable(Exception exception, string provider, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signature request {SignatureRequestId} changed during reconciliation; it is checked again on the next run")]
    private partial void LogChangedMeanwhile(Guid signatureRequestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signature reconciliation applied {Changed} change(s) out of {Count} waiting request(s)")]
    private partial void LogHealed(int changed, int count);
}
