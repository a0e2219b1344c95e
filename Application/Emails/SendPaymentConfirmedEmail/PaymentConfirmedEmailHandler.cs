using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Emails;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendPaymentConfirmedEmail;

/// <summary>
/// Tells the customer that a charge was paid. The e-mail is written to the history once per charge, so a
/// repeated or retried event sends it at most once.
/// </summary>
public sealed class PaymentConfirmedEmailHandler(IAppDbContext db, EmailDelivery delivery, TenantClock clock)
    : IDomainEventHandler<ChargePaid>
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public async Task HandleAsync(ChargePaid domainEvent, CancellationToken cancellationToken)
    {
        var message = await db.EmailMessages.SingleOrDefaultAsync(
            m => m.RelatedId == domainEvent.ChargeId && m.Kind == EmailKind.PaymentConfirmed,
            cancellationToken);
        if (message is null)
        {
            message = await QueueAsync(domainEvent, cancellationToken);
        }

        await delivery.SendAsync([message], domainEvent.TenantId, domainEvent.ChargeId, cancellationToken);
    }

    private async Task<EmailMessage> QueueAsync(ChargePaid domainEvent, CancellationToken cancellationToken)
    {
        var charge = await db.Charges.AsNoTracking().SingleAsync(c => c.Id == domainEvent.ChargeId, cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == charge.ContractId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == charge.CustomerId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == charge.TenantId, cancellationToken);

        var amount = charge.Amount.ToString("C", PtBr);
        var dueDate = charge.DueDate.ToString("dd/MM/yyyy", PtBr);
        var message = EmailMessage.Queue(
            tenant.Id,
            EmailKind.PaymentConfirmed,
            charge.Id,
            customer.Email,
            $"Pagamento confirmado: {contract.PlanName}",
            $"<p>Olá, {WebUtility.HtmlEncode(customer.Name)}!</p><p>Recebemos o pagamento de {amount} referente ao plano " +
            $"<b>{WebUtility.HtmlEncode(contract.PlanName)}</b>, com vencimento em {dueDate}. Obrigado!</p>" +
            $"<p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            await clock.NowAsync(tenant.Id, cancellationToken));
        db.EmailMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }
}
