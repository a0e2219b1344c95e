using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Emails.SendContractingEmails;

/// <summary>
/// Sends the e-mails of a completed contracting: the notice to the unit's notification address (or the
/// tenant's main address) and the customer's welcome. Each e-mail is written to the history first and
/// sent once. A failure is recorded and thrown, so the outbox retries only the e-mails not yet sent.
/// </summary>
public sealed partial class ContractingEmailsHandler(
    IAppDbContext db,
    IEmailSender sender,
    TenantClock clock,
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

        var failures = 0;
        foreach (var message in messages.Where(m => m.Status != EmailStatus.Sent))
        {
            try
            {
                await sender.SendAsync(message.To, message.Subject, message.Body, cancellationToken);
                message.MarkSent(await clock.NowAsync(domainEvent.TenantId, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSendFailed(exception, message.Id, message.Kind, domainEvent.ContractId);
                message.MarkFailed(exception.Message);
                failures++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} e-mail(s) of contract {domainEvent.ContractId} failed; the outbox retries them.");
        }
    }

    private async Task<List<EmailMessage>> QueueAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            LogContractMissing(contractId);
            return [];
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == contract.CustomerId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == contract.TenantId, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == contract.UnitId, cancellationToken);
        var now = await clock.NowAsync(tenant.Id, cancellationToken);

        var operatorAddress = string.IsNullOrWhiteSpace(unit.NotificationEmail) ? tenant.MainEmail : unit.NotificationEmail;
        var customerName = WebUtility.HtmlEncode(customer.Name);
        var planName = WebUtility.HtmlEncode(contract.PlanName);
        var startDate = contract.StartDate.ToString("dd/MM/yyyy", PtBr);
        var price = contract.MonthlyPrice.ToString("C", PtBr);

        var notice = EmailMessage.Queue(
            tenant.Id,
            EmailKind.ContractingNotification,
            contract.Id,
            operatorAddress,
            $"Nova contratação online: {contract.PlanName} - {customer.Name}",
            $"<p>{customerName} ({customer.Document.Masked}, {WebUtility.HtmlEncode(customer.Email)}) contratou o plano <b>{planName}</b> " +
            $"na unidade {WebUtility.HtmlEncode(unit.Name)}.</p><p>Início: {startDate}. Mensalidade: {price}. Dia de vencimento: {contract.DueDay}.</p>",
            now);
        var welcome = EmailMessage.Queue(
            tenant.Id,
            EmailKind.Welcome,
            contract.Id,
            customer.Email,
            $"Bem-vindo(a) à {tenant.Name}",
            $"<p>Olá, {customerName}!</p><p>Sua contratação do plano <b>{planName}</b> foi registrada em {startDate}. " +
            $"Mensalidade: {price}, com vencimento todo dia {contract.DueDay}.</p><p>Equipe {WebUtility.HtmlEncode(tenant.Name)}</p>",
            now);

        db.EmailMessages.AddRange(notice, welcome);
        await db.SaveChangesAsync(cancellationToken);
        return [notice, welcome];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contract {ContractId} no longer exists; its contracting e-mails are not sent")]
    private partial void LogContractMissing(Guid contractId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {EmailId} ({Kind}) of contract {ContractId} failed to send; it will be retried")]
    private partial void LogSendFailed(Exception exception, Guid emailId, EmailKind kind, Guid contractId);
}
