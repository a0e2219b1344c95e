using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Text;
using Conexa.Application.Contracts.Documents;
using Conexa.Application.Emails.Shared;
using Conexa.Application.Payments;
using Conexa.Domain.Credits;
using Conexa.Domain.Emails;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendPaymentAfterCancellationEmail;

/// <summary>
/// Tells the unit's notification address (or the tenant's main e-mail) that a charge cancelled here, or paid already
/// outside the provider, was paid at the provider, naming the contract's open charges the amount settled and the
/// credit it left for the customer. The e-mail links the contract, so the operator can refund the customer or use
/// the credit. It is written to the history once per charge.
/// </summary>
public sealed class PaymentAfterCancellationEmailHandler(IAppDbContext db, EmailDelivery delivery, IPublicLinks links, TimeProvider clock)
    : IDomainEventHandler<ChargePaidAfterCancellation>
{
    public Task HandleAsync(ChargePaidAfterCancellation domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ChargeId,
            EmailKind.PaymentAfterCancellation,
            token => QueueAsync(domainEvent, token),
            cancellationToken);

    private async Task<EmailMessage?> QueueAsync(ChargePaidAfterCancellation domainEvent, CancellationToken cancellationToken)
    {
        var found = await (
                from contractRow in db.Contracts.AsNoTracking()
                join customerRow in db.Customers.AsNoTracking() on contractRow.CustomerId equals customerRow.Id
                join unitRow in db.Units.AsNoTracking() on contractRow.UnitId equals unitRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on contractRow.TenantId equals tenantRow.Id
                where contractRow.Id == domainEvent.ContractId
                select new { contractRow.PlanName, Customer = customerRow, unitRow.NotificationEmail, Tenant = tenantRow })
            .SingleAsync(cancellationToken);
        var operatorAddress = string.IsNullOrWhiteSpace(found.NotificationEmail) ? found.Tenant.MainEmail : found.NotificationEmail;
        var amount = ContractDocumentIssuer.Brl(domainEvent.Amount);
        var contractUrl = WebUtility.HtmlEncode(links.SiteUrl($"admin/contratos/{domainEvent.ContractId}"));
        var message = EmailMessage.Queue(
            found.Tenant.Id,
            EmailKind.PaymentAfterCancellation,
            domainEvent.ChargeId,
            operatorAddress,
            domainEvent.AlreadySettled
                ? $"Pagamento em duplicidade: {found.Customer.Name}"
                : $"Pagamento recebido de cobrança cancelada: {found.Customer.Name}",
            $"<p>{WebUtility.HtmlEncode(found.Customer.Name)} ({found.Customer.Document.Masked}, {WebUtility.HtmlEncode(found.Customer.Email)}) "
                + $"pagou {amount} de uma cobrança do plano <b>{WebUtility.HtmlEncode(found.PlanName)}</b> "
                + (domainEvent.AlreadySettled ? "que já estava paga por outro meio.</p>" : "que já estava cancelada.</p>")
                + await UseOfPaymentAsync(domainEvent, cancellationToken)
                + $"<p>Contrato: <a href=\"{contractUrl}\">{contractUrl}</a></p>",
            found.Tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }

    /// <summary>
    /// Describes what the payment paid: the contract's open charges it settled and the credit left for the customer. Both
    /// were recorded with the payment's own instant, which separates them from earlier ones.
    /// </summary>
    private async Task<string> UseOfPaymentAsync(ChargePaidAfterCancellation domainEvent, CancellationToken cancellationToken)
    {
        var paid = await db.Charges.AsNoTracking().SingleAsync(c => c.Id == domainEvent.ChargeId, cancellationToken);
        var paidAt = paid.DuplicatePaymentAt ?? paid.PaidAt;

        // The settlements are found by their history entries, which a payment at the unit does not write, and the credit
        // by its reason, which a termination's credit does not have. Both hold under a frozen test clock, where
        // everything shares one instant.
        var settledIds = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == ChargePaymentRecorder.SettledByCreditAction && a.OccurredAt == paidAt
                && db.Charges.Any(c => c.Id == a.EntityId && c.ContractId == domainEvent.ContractId && c.Id != paid.Id))
            .Select(a => a.EntityId)
            .ToListAsync(cancellationToken);
        var settled = await db.Charges.AsNoTracking()
            .Where(c => settledIds.Contains(c.Id))
            .OrderBy(c => c.DueDate)
            .Select(c => new { c.Amount, c.DueDate })
            .ToListAsync(cancellationToken);
        var credit = (await db.CustomerCredits.AsNoTracking()
                .Where(c => c.ContractId == domainEvent.ContractId
                    && c.CreatedAt == paidAt
                    && (c.Reason == CreditReasons.PaymentAfterCancellation || c.Reason == CreditReasons.DuplicatePayment))
                .Select(c => c.Amount)
                .ToListAsync(cancellationToken))
            .Sum();

        var text = string.Empty;
        if (settled.Count > 0)
        {
            var charges = string.Join(", ", settled.Select(c => $"{ContractDocumentIssuer.Brl(c.Amount)} com vencimento em {Portuguese.Date(c.DueDate)}"));
            text += $"<p>O valor quitou {Portuguese.Count(settled.Count, "cobrança em aberto", "cobranças em aberto")} deste contrato: {charges}.</p>";
        }

        if (credit > 0)
        {
            text += $"<p>{(settled.Count > 0 ? "O restante" : "O valor")}, {ContractDocumentIssuer.Brl(credit)}, ficou registrado como crédito do cliente. "
                + "Confira no contrato e devolva-o ao cliente ou combine com ele como usá-lo.</p>";
        }

        return text + "<p>A situação do contrato não mudou.</p>";
    }
}
