using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Emails;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendPaymentDeclinedEmail;

/// <summary>
/// Tells the customer that the first payment of a contracting was refused (a declined card or payment data the
/// provider rejected), why, until when it can be retried, and links the checkout page where it is retried. Later
/// charges have no checkout page, so they get no such e-mail. The e-mail is written to the history once per
/// charge, so a repeated or retried event sends it at most once.
/// </summary>
public sealed class PaymentDeclinedEmailHandler(IAppDbContext db, EmailDelivery delivery, IPublicLinks links, TimeProvider clock)
    : IDomainEventHandler<ChargeDeclined>
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public Task HandleAsync(ChargeDeclined domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ChargeId,
            EmailKind.PaymentDeclined,
            token => QueueAsync(domainEvent.ChargeId, token),
            cancellationToken);

    /// <summary>Adds the e-mail to the history, or returns null when the charge is not a checkout's or was retried before the outbox got to the event.</summary>
    private async Task<EmailMessage?> QueueAsync(Guid chargeId, CancellationToken cancellationToken)
    {
        var found = await (
                from checkoutRow in db.Checkouts.AsNoTracking()
                join chargeRow in db.Charges.AsNoTracking() on checkoutRow.ChargeId equals chargeRow.Id
                join contractRow in db.Contracts.AsNoTracking() on chargeRow.ContractId equals contractRow.Id
                join customerRow in db.Customers.AsNoTracking() on chargeRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on chargeRow.TenantId equals tenantRow.Id
                join planRow in db.Plans.AsNoTracking() on checkoutRow.PlanId equals planRow.Id
                where checkoutRow.ChargeId == chargeId
                select new { CheckoutId = checkoutRow.Id, Charge = chargeRow, contractRow.PlanName, Customer = customerRow, Tenant = tenantRow, planRow.LinkToken })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.Charge.Status != ChargeStatus.Declined)
        {
            return null;
        }

        var charge = found.Charge;
        var tenant = found.Tenant;
        var retryUrl = WebUtility.HtmlEncode(links.SiteUrl($"checkout/{found.LinkToken}/result/{found.CheckoutId}"));
        var lastDay = charge.LastPayableDate(tenant.WriteOffDays).ToString("dd/MM/yyyy", PtBr);
        var reason = string.IsNullOrWhiteSpace(charge.DeclineReason) ? string.Empty : $" Motivo informado: {WebUtility.HtmlEncode(charge.DeclineReason)}";
        var message = EmailMessage.Queue(
            tenant.Id,
            EmailKind.PaymentDeclined,
            charge.Id,
            found.Customer.Email,
            $"Pagamento recusado: {found.PlanName}",
            $"<p>Olá, {WebUtility.HtmlEncode(found.Customer.Name)}!</p>"
                + $"<p>O pagamento de {charge.Amount.ToString("C", PtBr)} da sua contratação do plano <b>{WebUtility.HtmlEncode(found.PlanName)}</b> não foi aprovado.{reason}</p>"
                + $"<p>Para concluir a contratação, tente de novo com outro cartão ou outra forma de pagamento em <a href=\"{retryUrl}\">{retryUrl}</a>. "
                + $"Se o pagamento não for concluído até {lastDay}, a contratação será cancelada.</p>"
                + $"<p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }
}
