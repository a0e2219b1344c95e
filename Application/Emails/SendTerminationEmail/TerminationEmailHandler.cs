using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Text;
using Conexa.Application.Contracts.Documents;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Credits;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendTerminationEmail;

/// <summary>
/// Tells the customer that the operator recorded the contract's termination: the last day of service, the charges still
/// open (the monthly fees up to the last period and that period's pro-rata), and the credit for paid days not used.
/// The e-mail is written to the history once per contract.
/// </summary>
public sealed class TerminationEmailHandler(IAppDbContext db, EmailDelivery delivery, TimeProvider clock)
    : IDomainEventHandler<ContractTerminated>
{
    public Task HandleAsync(ContractTerminated domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ContractId,
            EmailKind.ContractTerminated,
            token => QueueAsync(domainEvent, token),
            cancellationToken);

    private async Task<EmailMessage?> QueueAsync(ContractTerminated domainEvent, CancellationToken cancellationToken)
    {
        var found = await (
                from contractRow in db.Contracts.AsNoTracking()
                join customerRow in db.Customers.AsNoTracking() on contractRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on contractRow.TenantId equals tenantRow.Id
                where contractRow.Id == domainEvent.ContractId
                select new { contractRow.PlanName, contractRow.AdhesionFee, PaymentMethod = contractRow.PaymentOption.Method, Customer = customerRow, Tenant = tenantRow })
            .SingleAsync(cancellationToken);
        var charges = await db.Charges.AsNoTracking()
            .Where(c => c.ContractId == domainEvent.ContractId)
            .ToListAsync(cancellationToken);

        // Only the termination's own credit: one a duplicate payment left on the contract is not the unused days'.
        var credit = await db.CustomerCredits.AsNoTracking()
            .Where(c => c.ContractId == domainEvent.ContractId && c.Reason == CreditReasons.Termination)
            .Select(c => c.Amount)
            .ToListAsync(cancellationToken);
        var tenantName = Html(found.Tenant.Name);

        var message = EmailMessage.Queue(
            found.Tenant.Id,
            EmailKind.ContractTerminated,
            domainEvent.ContractId,
            found.Customer.Email,
            $"Encerramento do contrato: {found.PlanName}",
            $"<p>Olá, {Html(found.Customer.Name)}!</p>"
                + $"<p>{tenantName} registrou o encerramento do seu contrato do plano <b>{Html(found.PlanName)}</b>. "
                + $"O último dia de uso é {Portuguese.Date(domainEvent.EndDate)}.</p>"
                + OpenChargesParagraphs(charges.Where(c => c.IsOpen).OrderBy(c => c.DueDate).ToList(), found.AdhesionFee, found.PaymentMethod)
                + CreditParagraph(credit.Sum(), tenantName)
                + $"<p>Equipe {tenantName}</p>",
            found.Tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }

    /// <summary>
    /// Lists what the customer still owes on the contract, oldest due date first: the monthly fees the termination
    /// billed or that were already open, and the last period charged only for the days of use. The first period's
    /// pro-rata carries the adhesion fee, which is never pro-rated, so its line gives both parts.
    /// </summary>
    private static string OpenChargesParagraphs(List<Charge> open, decimal adhesionFee, PaymentMethod method)
    {
        if (open.Count == 0)
        {
            return string.Empty;
        }

        var lines = open.Select(charge =>
        {
            var due = $"{ContractDocumentIssuer.Brl(charge.Amount)}, com vencimento em {Portuguese.Date(charge.DueDate)}";
            if (charge.Purpose != ChargePurpose.ProRata)
            {
                return charge.PeriodIndex == 0 && adhesionFee > 0 ? $"<li>{due}: primeira mensalidade e adesão</li>" : $"<li>{due}: mensalidade</li>";
            }

            return charge.PeriodIndex == 0 && adhesionFee > 0
                ? $"<li>{due}: {ContractDocumentIssuer.Brl(charge.Amount - adhesionFee)} pelos dias de uso do último período e {ContractDocumentIssuer.Brl(adhesionFee)} da adesão, que não é proporcional</li>"
                : $"<li>{due}: último período, cobrado só pelos dias de uso</li>";
        });
        var issued = open.Count(c => c.Status != ChargeStatus.Pending);
        var howCharged = (method, issued) switch
        {
            (PaymentMethod.Card, _) => "Cada valor é cobrado no cartão cadastrado perto do vencimento.",
            (_, 0) => "O código para pagar cada valor chega por e-mail perto do vencimento.",
            _ when issued == open.Count => "O código para pagar cada valor está no e-mail que você recebeu de cada cobrança.",
            _ => "As cobranças já emitidas trazem o código para pagar no e-mail de cada uma, e as demais chegam por e-mail perto do vencimento.",
        };
        return $"<p>Cobranças em aberto deste contrato:</p><ul>{string.Concat(lines)}</ul><p>{howCharged}</p>";
    }

    private static string CreditParagraph(decimal credit, string tenantName) =>
        credit > 0
            ? $"<p>Você tem um crédito de {ContractDocumentIssuer.Brl(credit)} pelos dias pagos e não usados. {tenantName} vai combinar com você a devolução.</p>"
            : string.Empty;

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
