using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Emails;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendPaymentConfirmedEmail;

/// <summary>
/// Tells the customer that a charge was paid. The e-mail is written to the history once per charge, so a
/// repeated or retried event sends it at most once.
/// </summary>
public sealed class PaymentConfirmedEmailHandler(IAppDbContext db, EmailDelivery delivery, TimeProvider clock)
    : IDomainEventHandler<ChargePaid>
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public Task HandleAsync(ChargePaid domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ChargeId,
            EmailKind.PaymentConfirmed,
            token => QueueAsync(domainEvent, token),
            cancellationToken);

    private async Task<EmailMessage?> QueueAsync(ChargePaid domainEvent, CancellationToken cancellationToken)
    {
        // One query for everything the e-mail shows, as the contracting e-mails do.
        var found = await (
                from chargeRow in db.Charges.AsNoTracking()
                join contractRow in db.Contracts.AsNoTracking() on chargeRow.ContractId equals contractRow.Id
                join customerRow in db.Customers.AsNoTracking() on chargeRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on chargeRow.TenantId equals tenantRow.Id
                where chargeRow.Id == domainEvent.ChargeId
                select new { Charge = chargeRow, contractRow.PlanName, Customer = customerRow, Tenant = tenantRow })
            .SingleAsync(cancellationToken);
        var charge = found.Charge;
        var customer = found.Customer;
        var tenant = found.Tenant;

        var amount = charge.Amount.ToString("C", PtBr);
        var dueDate = charge.DueDate.ToString("dd/MM/yyyy", PtBr);
        var message = EmailMessage.Queue(
            tenant.Id,
            EmailKind.PaymentConfirmed,
            charge.Id,
            customer.Email,
            $"Pagamento confirmado: {found.PlanName}",
            $"<p>Olá, {WebUtility.HtmlEncode(customer.Name)}!</p><p>Recebemos o pagamento de {amount} referente ao plano " +
            $"<b>{WebUtility.HtmlEncode(found.PlanName)}</b>, com vencimento em {dueDate}. Obrigado!</p>" +
            $"<p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }
}
