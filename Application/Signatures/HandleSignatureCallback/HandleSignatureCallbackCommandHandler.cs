using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Signatures;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Signatures.HandleSignatureCallback;

/// <summary>
/// Handles a callback once per document, event type and e-mail. The callback only names the document,
/// so the handler reads the document's state back from the provider and applies that. The request
/// never moves backwards, whatever order callbacks arrive in.
/// </summary>
public sealed partial class HandleSignatureCallbackCommandHandler(
    IAppDbContext db,
    ISignatureProvider provider,
    SignatureStateApplier applier,
    TimeProvider clock,
    ILogger<HandleSignatureCallbackCommandHandler> logger) : ICommandHandler<HandleSignatureCallbackCommand, SignatureCallbackOutcome>
{
    private const int MaxSaveAttempts = 3;

    public async ValueTask<SignatureCallbackOutcome> Handle(HandleSignatureCallbackCommand command, CancellationToken cancellationToken)
    {
        var documentId = command.DocumentId!.Trim();
        var eventType = command.EventType!.Trim();
        var email = command.Email?.Trim().ToLowerInvariant() ?? string.Empty;

        for (var attempt = 1; ; attempt++)
        {
            var request = await db.SignatureRequests.SingleOrDefaultAsync(r => r.DocumentId == documentId, cancellationToken);
            if (request is null)
            {
                LogUnknownDocument(documentId, eventType);
                return SignatureCallbackOutcome.UnknownDocument;
            }

            if (await db.SignatureCallbacks.AnyAsync(c => c.DocumentId == documentId && c.EventType == eventType && c.Email == email, cancellationToken))
            {
                LogDuplicate(documentId, eventType);
                return SignatureCallbackOutcome.Duplicate;
            }

            var state = await provider.GetStateAsync(request.TenantId, documentId, cancellationToken);
            await applier.ApplyAsync(request, state, cancellationToken);
            db.SignatureCallbacks.Add(new SignatureCallback { DocumentId = documentId, EventType = eventType, Email = email, ReceivedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return SignatureCallbackOutcome.Applied;
            }
            catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
            {
                db.DiscardChanges();
                LogDuplicate(documentId, eventType);
                return SignatureCallbackOutcome.Duplicate;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSaveAttempts)
            {
                // The reconciliation or another callback changed the request meanwhile, so read it again.
                db.DiscardChanges();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signature callback for unknown document {DocumentId} (type {EventType}) ignored")]
    private partial void LogUnknownDocument(string documentId, string eventType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signature callback for document {DocumentId} (type {EventType}) was already handled; ignored")]
    private partial void LogDuplicate(string documentId, string eventType);
}
