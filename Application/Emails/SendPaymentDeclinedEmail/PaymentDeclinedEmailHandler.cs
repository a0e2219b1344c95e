using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendPaymentDeclinedEmail;

/// <summary>
/// Tells the customer that a payment was refused (a declined card or payment data the provider rejected) and why.
/// For the first payment of a contracting it gives the last day to retry and links the checkout page where it is
/// retried. A later charge has no such page, so the e-mail names the team's address to settle it with. Such a
/// charge is still declined here only when its plan offers no other method the customer can use, because
/// <see cref="Payments.DeclinedCards.DeclinedCardFallbackHandler"/> runs first and reissues it otherwise. The e-mail
/// is written to the history once per charge, so a repeated or retried event sends it at most once.
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

    /// <summary>Adds the e-mail to the history, or returns null when the charge was retried or reissued before the outbox got to the event.</summary>
    private async Task<EmailMessage?> QueueAsync(Guid chargeId, CancellationToken cancellationToken)
    {
        var found = await (
                from chargeRow in db.Charges.AsNoTracking()
                join contractRow in db.Contracts.AsNoTracking() on chargeRow.ContractId equals contractRow.Id
                join customerRow in db.Customers.AsNoTracking() on chargeRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on chargeRow.TenantId equals tenantRow.Id
                join unitRow in db.Units.AsNoTracking() on contractRow.UnitId equals unitRow.Id
                join planRow in db.Plans.AsNoTracking() on contractRow.PlanId equals planRow.Id
                where chargeRow.Id == chargeId
                select new
                {
                    Charge = chargeRow,
                    contractRow.PlanName,
                    Customer = customerRow,
                    Tenant = tenantRow,
                    UnitEmail = unitRow.NotificationEmail,
                    planRow.LinkToken,
                    CheckoutId = db.Checkouts.Where(c => c.ChargeId == chargeRow.Id).Select(c => (Guid?)c.Id).FirstOrDefault(),
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.Charge.Status != ChargeStatus.Declined)
        {
            return null;
        }

        var charge = found.Charge;
        var tenant = found.Tenant;
        var amount = charge.Amount.ToString("C", PtBr);
        var plan = WebUtility.HtmlEncode(found.PlanName);
        var reason = string.IsNullOrWhiteSpace(charge.DeclineReason) ? string.Empty : $" Motivo informado: {WebUtility.HtmlEncode(charge.DeclineReason)}";
        string body;
        if (found.CheckoutId is { } checkoutId)
        {
            var retryUrl = WebUtility.HtmlEncode(links.SiteUrl($"checkout/{found.LinkToken}/result/{checkoutId}"));
            var lastDay = charge.LastPayableDate(tenant.WriteOffDays).ToString("dd/MM/yyyy", PtBr);
            body = $"<p>O pagamento de {amount} da sua contratação do plano <b>{plan}</b> não foi aprovado.{reason}</p>"
                + $"<p>Para concluir a contratação, tente de novo com outro cartão ou outra forma de pagamento em <a href=\"{retryUrl}\">{retryUrl}</a>. "
                + $"Se o pagamento não for concluído até {lastDay}, a contratação será cancelada.</p>";
        }
        else
        {
            var teamEmail = WebUtility.HtmlEncode(found.UnitEmail ?? tenant.MainEmail);
            var dueDate = charge.DueDate.ToString("dd/MM/yyyy", PtBr);
            var refusal = charge.PaymentOption.Method == PaymentMethod.Card
                ? $"O cartão cadastrado não aprovou o pagamento de {amount} do plano <b>{plan}</b>, com vencimento em {dueDate}."
                : $"Não foi possível emitir a cobrança de {amount} do plano <b>{plan}</b>, com vencimento em {dueDate}.";
            body = $"<p>{refusal}{reason}</p>"
                + $"<p>Para pagar esta cobrança ou cadastrar outro cartão, fale com a equipe em <a href=\"mailto:{teamEmail}\">{teamEmail}</a>.</p>";
        }

        var message = EmailMessage.Queue(
            tenant.Id,
            EmailKind.PaymentDeclined,
            charge.Id,
            found.Customer.Email,
            $"Pagamento recusado: {found.PlanName}",
            $"<p>Olá, {WebUtility.HtmlEncode(found.Customer.Name)}!</p>{body}<p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }
}
