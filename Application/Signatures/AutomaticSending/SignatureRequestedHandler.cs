using Conexa.Application.Common.Interfaces;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Signatures.AutomaticSending;

/// <summary>
/// Sends a queued signature request. A provider failure is thrown, so the outbox retries it with its
/// back-off. The steps already done are kept, and the retry reuses the uploaded document.
/// NOTE: after the outbox's last attempt (Outbox:MaxAttempts), the request stays unsent until an admin
/// sends it with POST /api/contracts/{id}/signature-requests. The reconciliation reads only sent requests.
/// </summary>
public sealed class SignatureRequestedHandler(IAppDbContext db, SignatureRequestSender sender) : IDomainEventHandler<SignatureRequested>
{
    public async Task HandleAsync(SignatureRequested domainEvent, CancellationToken cancellationToken)
    {
        var request = await db.SignatureRequests.SingleOrDefaultAsync(r => r.Id == domainEvent.SignatureRequestId, cancellationToken);
        if (request is null || request.Status != SignatureStatus.NotRequested)
        {
            return;
        }

        await sender.SendAsync(request, "system", cancellationToken);
    }
}
