using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Emails;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Emails.SendSignatureRequestEmail;

/// <summary>
/// E-mails the customer that the contract waits for their e-signature ("assinatura solicitada"), once per
/// sending. The e-mail is written to the history first, keyed by the sending's id, so a retry by the
/// outbox sends it again only if it failed.
/// </summary>
public sealed partial class SignatureRequestEmailHandler(
    IAppDbContext db,
    IEmailSender sender,
    TimeProvider clock,
    ILogger<SignatureRequestEmailHandler> logger) : IDomainEventHandler<SignatureRequestSent>
{
    public async Task HandleAsync(SignatureRequestSent domainEvent, CancellationToken cancellationToken)
    {
        var message = await db.EmailMessages.SingleOrDefaultAsync(
                m => m.RelatedId == domainEvent.SendId && m.Kind == EmailKind.SignatureRequested,
                cancellationToken)
            ?? await QueueAsync(domainEvent, cancellationToken);
        if (message.Status == EmailStatus.Sent)
        {
            return;
        }

        try
        {
            await sender.SendAsync(message.To, message.Subject, message.Body, cancellationToken);
            message.MarkSent(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSendFailed(exception, message.Id, domainEvent.ContractId);
            message.MarkFailed(exception.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            throw new InvalidOperationException($"The signature e-mail of contract {domainEvent.ContractId} failed to send, and the outbox retries it.", exception);
        }
    }

    private async Task<EmailMessage> QueueAsync(SignatureRequestSent domainEvent, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == domainEvent.ContractId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == contract.TenantId, cancellationToken);

        var message = EmailMessage.Queue(
            tenant.Id,
            EmailKind.SignatureRequested,
            domainEvent.SendId,
            customer.Email,
            $"Assinatura solicitada: contrato {contract.PlanName} - {tenant.Name}",
            $"<p>Olá, {WebUtility.HtmlEncode(customer.Name)}!</p>" +
            $"<p>O contrato do plano <b>{WebUtility.HtmlEncode(contract.PlanName)}</b> está pronto para a sua assinatura eletrônica. " +
            "Você vai receber da D4Sign um e-mail com o link para ler e assinar o documento.</p>" +
            $"<p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            clock.GetUtcNow());
        db.EmailMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signature e-mail {EmailId} of contract {ContractId} failed to send; it will be retried")]
    private partial void LogSendFailed(Exception exception, Guid emailId, Guid contractId);
}
