using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Emails;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendSignatureRequestEmail;

/// <summary>
/// E-mails the customer that the contract waits for their e-signature ("assinatura solicitada"), once per
/// sending. The history row is keyed by the sending's id and saved with the event's outcome, so a retry by
/// the outbox sends the e-mail again only if it failed.
/// </summary>
public sealed class SignatureRequestEmailHandler(
    IAppDbContext db,
    EmailDelivery delivery,
    TenantClock clock) : IDomainEventHandler<SignatureRequestSent>
{
    public async Task HandleAsync(SignatureRequestSent domainEvent, CancellationToken cancellationToken)
    {
        var message = await db.EmailMessages.SingleOrDefaultAsync(
                m => m.RelatedId == domainEvent.SendId && m.Kind == EmailKind.SignatureRequested,
                cancellationToken)
            ?? await QueueAsync(domainEvent, cancellationToken);
        await delivery.SendAsync([message], message.TenantId, domainEvent.ContractId, cancellationToken);
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
            await clock.NowAsync(tenant.Id, cancellationToken));
        db.EmailMessages.Add(message);
        return message;
    }
}
