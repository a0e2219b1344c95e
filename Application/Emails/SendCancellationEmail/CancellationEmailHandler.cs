using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendCancellationEmail;

/// <summary>
/// Tells the customer that a contracting was cancelled before its first payment, either because the payment never
/// arrived or because the operator cancelled it, that nothing more is charged, and how to contract again. The e-mail is written to the history once per contract, so a repeated or
/// retried event sends it at most once.
/// </summary>
public sealed class CancellationEmailHandler(IAppDbContext db, EmailDelivery delivery, IPublicLinks links, TimeProvider clock)
    : IDomainEventHandler<ContractCancelledUnpaid>
{
    public Task HandleAsync(ContractCancelledUnpaid domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ContractId,
            EmailKind.ContractCancelled,
            token => QueueAsync(domainEvent.ContractId, domainEvent.Reason, token),
            cancellationToken);

    private async Task<EmailMessage?> QueueAsync(Guid contractId, ContractCancellationReason reason, CancellationToken cancellationToken)
    {
        var found = await (
                from contractRow in db.Contracts.AsNoTracking()
                join customerRow in db.Customers.AsNoTracking() on contractRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on contractRow.TenantId equals tenantRow.Id
                join planRow in db.Plans.AsNoTracking() on contractRow.PlanId equals planRow.Id
                where contractRow.Id == contractId
                select new { contractRow.PlanName, Customer = customerRow, Tenant = tenantRow, planRow.LinkToken, planRow.IsActive })
            .SingleAsync(cancellationToken);
        var checkoutUrl = Html(links.CheckoutUrl(found.LinkToken));
        var againParagraph = found.IsActive
            ? $"<p>Para contratar de novo, acesse <a href=\"{checkoutUrl}\">{checkoutUrl}</a>.</p>"
            : string.Empty;
        var cancelledBecause = reason == ContractCancellationReason.ByOperator
            ? $"foi cancelada por {Html(found.Tenant.Name)} antes do primeiro pagamento"
            : "foi cancelada porque o primeiro pagamento não foi concluído";
        var message = EmailMessage.Queue(
            found.Tenant.Id,
            EmailKind.ContractCancelled,
            contractId,
            found.Customer.Email,
            $"Contratação cancelada: {found.PlanName}",
            $"<p>Olá, {Html(found.Customer.Name)}!</p>"
                + $"<p>Sua contratação do plano <b>{Html(found.PlanName)}</b> {cancelledBecause}. Nada mais será cobrado por ela.</p>"
                + againParagraph
                + $"<p>Equipe {Html(found.Tenant.Name)}</p>",
            found.Tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
