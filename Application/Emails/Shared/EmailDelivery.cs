using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Domain.Emails;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Emails.Shared;

/// <summary>
/// Sends history e-mails and records each outcome on the tracked messages without saving them. The outbox saves
/// them in the transaction that marks the event handled, so sending an event's e-mails costs one commit. A
/// failure is recorded and then thrown, so the outbox saves it, retries the event and sends again only the
/// e-mails not yet sent.
/// </summary>
public sealed partial class EmailDelivery(IAppDbContext db, IEmailSender sender, TenantClock tenantClock, TimeProvider clock, ILogger<EmailDelivery> logger)
{
    /// <summary>
    /// Sends the e-mail of <paramref name="kind"/> about one record: the one already in the history, or else the one
    /// <paramref name="queue"/> adds to it, which may return null when there is nothing to send. Because the history
    /// keeps one e-mail per record and kind, a repeated or retried event sends it at most once.
    /// </summary>
    public async Task SendOnceAsync(
        Guid tenantId,
        Guid relatedId,
        EmailKind kind,
        Func<CancellationToken, Task<EmailMessage?>> queue,
        CancellationToken cancellationToken)
    {
        var message = await db.EmailMessages.SingleOrDefaultAsync(m => m.RelatedId == relatedId && m.Kind == kind, cancellationToken)
            ?? await queue(cancellationToken);
        if (message is not null)
        {
            await SendAsync([message], tenantId, relatedId, cancellationToken);
        }
    }

    public async Task SendAsync(IReadOnlyList<EmailMessage> messages, Guid tenantId, Guid relatedId, CancellationToken cancellationToken)
    {
        var failures = 0;
        // The tenant's test clock is read once per call; each e-mail is stamped when its own send ends.
        var testInstant = await tenantClock.TestInstantAsync(tenantId, cancellationToken);
        foreach (var message in messages.Where(m => m.Status is not (EmailStatus.Sent or EmailStatus.Recorded)))
        {
            if (!sender.Delivers)
            {
                message.MarkRecorded();
                continue;
            }

            try
            {
                await sender.SendAsync(message.To, message.Subject, message.Body, cancellationToken);
                message.MarkSent(testInstant ?? clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSendFailed(exception, message.Id, message.Kind, relatedId);
                message.MarkFailed(exception.Message);
                failures++;
            }
        }

        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} e-mail(s) about {relatedId} failed; the outbox retries them.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {EmailId} ({Kind}) about {RelatedId} failed to send; it will be retried")]
    private partial void LogSendFailed(Exception exception, Guid emailId, EmailKind kind, Guid relatedId);
}
