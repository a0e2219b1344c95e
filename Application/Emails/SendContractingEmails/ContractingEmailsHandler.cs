using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Emails.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Emails.SendContractingEmails;

/// <summary>
/// Sends the e-mails of a completed contracting: the notice to the unit's notification address (or the
/// tenant's main address) and the customer's welcome, through <see cref="EmailDelivery"/>. The outbox saves
/// both history rows with their outcomes when it marks the event handled, so a retry sends only the e-mails
/// not recorded as sent.
/// </summary>
public sealed partial class ContractingEmailsHandler(
    IAppDbContext db,
    EmailDelivery delivery,
    IPublicLinks links,
    TimeProvider clock,
    ILogger<ContractingEmailsHandler> logger) : IDomainEventHandler<ContractingCompleted>
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public async Task HandleAsync(ContractingCompleted domainEvent, CancellationToken cancellationToken)
    {
        var messages = await db.EmailMessages.Where(m => m.RelatedId == domainEvent.ContractId).ToListAsync(cancellationToken);
        if (messages.Count == 0)
        {
            messages = await QueueAsync(domainEvent.ContractId, cancellationToken);
        }

        await delivery.SendAsync(messages, domainEvent.TenantId, domainEvent.ContractId, cancellationToken);
    }

    private async Task<List<EmailMessage>> QueueAsync(Guid contractId, CancellationToken cancellationToken)
    {
        // One query for everything the two e-mails show: the outbox runs this after every checkout.
        var found = await (
                from contractRow in db.Contracts.AsNoTracking()
                join customerRow in db.Customers.AsNoTracking() on contractRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on contractRow.TenantId equals tenantRow.Id
                join unitRow in db.Units.AsNoTracking() on contractRow.UnitId equals unitRow.Id
                where contractRow.Id == contractId
                select new
                {
                    Contract = contractRow,
                    Customer = customerRow,
                    Tenant = tenantRow,
                    Unit = unitRow,
                    ClientAreaEnabled = db.Checkouts.Any(checkout => checkout.ContractId == contractId && checkout.ClientAreaEnabled),
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            LogContractMissing(contractId);
            return [];
        }

        var contract = found.Contract;
        var customer = found.Customer;
        var tenant = found.Tenant;
        var unit = found.Unit;
        var now = tenant.Now(clock);

        var operatorAddress = string.IsNullOrWhiteSpace(unit.NotificationEmail) ? tenant.MainEmail : unit.NotificationEmail;
        var customerName = WebUtility.HtmlEncode(customer.Name);
        var planName = WebUtility.HtmlEncode(contract.PlanName);
        var startDate = contract.StartDate.ToString("dd/MM/yyyy", PtBr);
        var price = contract.MonthlyPrice.ToString("C", PtBr);
        var contractUrl = WebUtility.HtmlEncode(links.SiteUrl($"admin/contratos/{contract.Id}"));

        var notice = EmailMessage.Queue(
            tenant.Id,
            EmailKind.ContractingNotification,
            contract.Id,
            operatorAddress,
            $"Nova contratação online: {contract.PlanName} - {customer.Name}",
            $"<p>{customerName} ({customer.Document.Masked}, {WebUtility.HtmlEncode(customer.Email)}) contratou o plano <b>{planName}</b>.</p>" +
            $"<p>Unidade: {WebUtility.HtmlEncode(unit.Name)}. Início: {startDate}. Mensalidade: {price}. Dia de vencimento: {contract.DueDay}.</p>" +
            $"<p>Contrato: <a href=\"{contractUrl}\">{contractUrl}</a></p>",
            now);
        var welcome = EmailMessage.Queue(
            tenant.Id,
            EmailKind.Welcome,
            contract.Id,
            customer.Email,
            $"Bem-vindo(a) à {tenant.Name}",
            $"<p>Olá, {customerName}!</p><p>Sua contratação do plano <b>{planName}</b> foi registrada em {startDate}. " +
            $"Mensalidade: {price}, com vencimento todo dia {contract.DueDay}{ShortMonthNote(contract.DueDay)}.</p>{ClientAreaParagraph(found.ClientAreaEnabled)}" +
            $"<p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            now);

        db.EmailMessages.AddRange(notice, welcome);
        return [notice, welcome];
    }

    /// <summary>Returns the note that a due day past the 28th moves to the last day of a shorter month, or nothing.</summary>
    private static string ShortMonthNote(int dueDay) =>
        dueDay > 28 ? " (ou no último dia do mês, nos meses mais curtos)" : string.Empty;

    /// <summary>Returns the welcome's paragraph about the client area, empty when the customer has no login.</summary>
    private string ClientAreaParagraph(bool enabled)
    {
        if (!enabled)
        {
            return string.Empty;
        }

        var link = links.SiteUrl("client");
        return $"<p>Acompanhe contrato, cobranças e cotas na Área do Cliente: <a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a>, " +
            "entrando com o seu e-mail e a senha que você criou.</p>";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contract {ContractId} no longer exists; its contracting e-mails are not sent")]
    private partial void LogContractMissing(Guid contractId);
}
