using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Text;
using Conexa.Application.Contracts.Documents;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendTerminationEmail;

/// <summary>
/// Tells the customer that the operator recorded the contract's termination: the last day of service, the pro-rata of
/// the last period when one is charged, and the credit for paid days not used. The e-mail is written to the history
/// once per contract.
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
                select new { contractRow.PlanName, PaymentMethod = contractRow.PaymentOption.Method, Customer = customerRow, Tenant = tenantRow })
            .SingleAsync(cancellationToken);
        var proRata = await db.Charges.AsNoTracking()
            .Where(c => c.ContractId == domainEvent.ContractId && c.Purpose == ChargePurpose.ProRata && c.Status != ChargeStatus.Cancelled)
            .Select(c => new { c.Amount, c.DueDate })
            .FirstOrDefaultAsync(cancellationToken);
        var credits = await db.CustomerCredits.AsNoTracking()
            .Where(c => c.ContractId == domainEvent.ContractId)
            .Select(c => c.Amount)
            .ToListAsync(cancellationToken);
        var tenantName = Html(found.Tenant.Name);

        var howCharged = found.PaymentMethod == PaymentMethod.Card
            ? "O valor é cobrado no cartão cadastrado perto do vencimento."
            : "O código para pagar chega por e-mail perto do vencimento.";
        var proRataParagraph = proRata is null
            ? string.Empty
            : $"<p>O último período é cobrado só pelos dias de uso: {ContractDocumentIssuer.Brl(proRata.Amount)}, com vencimento em "
                + $"{Portuguese.Date(proRata.DueDate)}. {howCharged}</p>";
        var creditParagraph = credits.Sum() > 0
            ? $"<p>Você tem um crédito de {ContractDocumentIssuer.Brl(credits.Sum())} pelos dias pagos e não usados. "
                + $"{tenantName} vai combinar com você a devolução.</p>"
            : string.Empty;
        var message = EmailMessage.Queue(
            found.Tenant.Id,
            EmailKind.ContractTerminated,
            domainEvent.ContractId,
            found.Customer.Email,
            $"Encerramento do contrato: {found.PlanName}",
            $"<p>Olá, {Html(found.Customer.Name)}!</p>"
                + $"<p>{tenantName} registrou o encerramento do seu contrato do plano <b>{Html(found.PlanName)}</b>. "
                + $"O último dia de uso é {Portuguese.Date(domainEvent.EndDate)}.</p>"
                + proRataParagraph
                + creditParagraph
                + $"<p>Equipe {tenantName}</p>",
            found.Tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
