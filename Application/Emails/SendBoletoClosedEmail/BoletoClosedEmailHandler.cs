using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.Documents;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendBoletoClosedEmail;

/// <summary>
/// E-mails the customer that the bank closed the first charge's boleto unpaid (Inter wrote it off after its due date, or
/// it was cancelled at Inter). The e-mail gives the last day to pay and links the checkout page, which offers a new
/// boleto or Pix. A later charge has no such page, so it gets no e-mail here. The e-mail is written to the
/// history once per charge, so a repeated or retried event sends it at most once.
/// </summary>
public sealed class BoletoClosedEmailHandler(IAppDbContext db, EmailDelivery delivery, IPublicLinks links, TimeProvider clock)
    : IDomainEventHandler<ChargeClosedByProvider>
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public Task HandleAsync(ChargeClosedByProvider domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ChargeId,
            EmailKind.BoletoClosed,
            token => QueueAsync(domainEvent.ChargeId, token),
            cancellationToken);

    /// <summary>Adds the e-mail to the history, or returns null when the charge is not a checkout's, was paid again since, or its contracting ended.</summary>
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
                select new { CheckoutId = checkoutRow.Id, Charge = chargeRow, contractRow.PlanName, ContractStatus = contractRow.Status, Customer = customerRow, Tenant = tenantRow, planRow.LinkToken })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null
            || found.Charge.Status != ChargeStatus.Cancelled
            || found.ContractStatus is not (ContractStatus.AwaitingPayment or ContractStatus.Active))
        {
            return null;
        }

        var charge = found.Charge;
        var tenant = found.Tenant;
        var payUrl = WebUtility.HtmlEncode(links.SiteUrl($"checkout/{found.LinkToken}/result/{found.CheckoutId}"));
        var lastDay = charge.LastPayableDate(tenant.WriteOffDays).ToString("dd/MM/yyyy", PtBr);
        var message = EmailMessage.Queue(
            tenant.Id,
            EmailKind.BoletoClosed,
            charge.Id,
            found.Customer.Email,
            $"Boleto baixado pelo banco: {found.PlanName}",
            $"<p>Olá, {WebUtility.HtmlEncode(found.Customer.Name)}!</p>"
                + $"<p>O boleto de {ContractDocumentIssuer.Brl(charge.Amount)} da sua contratação do plano <b>{WebUtility.HtmlEncode(found.PlanName)}</b> não pode mais ser pago. {WebUtility.HtmlEncode(charge.DeclineReason ?? string.Empty)}</p>"
                + $"<p>Para concluir a contratação, gere um novo boleto ou pague por outra forma em <a href=\"{payUrl}\">{payUrl}</a>. "
                + $"Se o pagamento não for concluído até {lastDay}, a contratação será cancelada.</p>"
                + $"<p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }
}
