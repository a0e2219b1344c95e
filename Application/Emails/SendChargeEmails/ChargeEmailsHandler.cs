using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Emails.Shared;
using Conexa.Application.Payments.Inter;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendChargeEmails;

/// <summary>
/// Sends the customer what pays a charge: the Pix code and its QR image, or the boleto's digitable line and PDF.
/// "Nova cobrança" goes when a charge after the contracting's first one is issued (a billed period, a termination's
/// charge), and "Cobrança vencida" when any charge passes its due date unpaid. Without them a customer with no client
/// area would never see the code of a new month. Each e-mail is written to the history once per charge and kind, so a
/// repeated or retried event sends it at most once.
/// </summary>
public sealed class ChargeEmailsHandler(IAppDbContext db, EmailDelivery delivery, IPublicLinks links, TimeProvider clock)
    : IDomainEventHandler<ChargeIssued>, IDomainEventHandler<ChargeOverdue>
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public Task HandleAsync(ChargeIssued domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ChargeId,
            EmailKind.ChargeIssued,
            token => QueueAsync(domainEvent.ChargeId, EmailKind.ChargeIssued, token),
            cancellationToken);

    public Task HandleAsync(ChargeOverdue domainEvent, CancellationToken cancellationToken) =>
        delivery.SendOnceAsync(
            domainEvent.TenantId,
            domainEvent.ChargeId,
            EmailKind.ChargeOverdue,
            token => QueueAsync(domainEvent.ChargeId, EmailKind.ChargeOverdue, token),
            cancellationToken);

    /// <summary>Adds the e-mail to the history, or returns null when the charge was paid or closed before the outbox got to the event.</summary>
    private async Task<EmailMessage?> QueueAsync(Guid chargeId, EmailKind kind, CancellationToken cancellationToken)
    {
        var found = await (
                from chargeRow in db.Charges.AsNoTracking()
                join contractRow in db.Contracts.AsNoTracking() on chargeRow.ContractId equals contractRow.Id
                join customerRow in db.Customers.AsNoTracking() on chargeRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on chargeRow.TenantId equals tenantRow.Id
                where chargeRow.Id == chargeId
                select new { Charge = chargeRow, contractRow.PlanName, ContractStatus = contractRow.Status, Customer = customerRow, Tenant = tenantRow })
            .SingleAsync(cancellationToken);
        var charge = found.Charge;
        if (!charge.IsPayable)
        {
            return null;
        }

        var tenant = found.Tenant;
        var amount = charge.Amount.ToString("C", PtBr);
        var dueDate = charge.DueDate.ToString("dd/MM/yyyy", PtBr);

        string subject;
        string opening;
        if (kind == EmailKind.ChargeOverdue)
        {
            subject = $"Cobrança vencida: {found.PlanName}, vencimento em {dueDate}";
            opening = $"<p>Sua cobrança de {amount} do plano <b>{Html(found.PlanName)}</b> venceu em {dueDate} e ainda não consta como paga.</p>"
                + (found.ContractStatus == ContractStatus.Suspended ? "<p>O acesso do contrato está suspenso até o pagamento.</p>" : string.Empty);
        }
        else
        {
            subject = $"Nova cobrança: {found.PlanName}, vencimento em {dueDate}";
            opening = $"<p>Sua cobrança de {amount} do plano <b>{Html(found.PlanName)}</b> vence em {dueDate}.</p>";
            if (charge.Attempt > 1)
            {
                // A later charge gets a second attempt only when the card on file declined it and it was reissued.
                opening += $"<p>O cartão cadastrado não aprovou este pagamento, então a cobrança foi reemitida para pagamento por {(charge.PaymentOption.Method == PaymentMethod.Pix ? "Pix" : "boleto")}.</p>";
            }
        }

        var message = EmailMessage.Queue(
            tenant.Id,
            kind,
            charge.Id,
            found.Customer.Email,
            subject,
            $"<p>Olá, {Html(found.Customer.Name)}!</p>{opening}{PaymentParagraphs(charge)}"
                + $"<p>Se já pagou, desconsidere este e-mail.</p><p>Equipe {Html(tenant.Name)}</p>",
            tenant.Now(clock));
        db.EmailMessages.Add(message);
        return message;
    }

    /// <summary>Returns the paragraphs that pay the charge: the boleto's line and PDF, and the Pix code with its QR image.</summary>
    private string PaymentParagraphs(Charge charge)
    {
        var paragraphs = string.Empty;
        if (charge.PaymentOption.Method == PaymentMethod.Boleto && !string.IsNullOrEmpty(charge.BoletoDigitableLine))
        {
            paragraphs += $"<p>Linha digitável do boleto: <b>{Html(charge.BoletoDigitableLine)}</b></p>";
            if (BoletoPdfUrl(charge) is { } pdf)
            {
                paragraphs += $"<p>Boleto em PDF: <a href=\"{Html(pdf)}\">{Html(pdf)}</a></p>";
            }
        }

        if (!string.IsNullOrEmpty(charge.PixCopyPaste))
        {
            var qrCode = links.SiteUrl($"api/public/charges/{charge.Id}/pix-qrcode.png");
            paragraphs += $"<p>Pix copia e cola:</p><p><code>{Html(charge.PixCopyPaste)}</code></p>"
                + $"<p>QR code do Pix: <a href=\"{Html(qrCode)}\">{Html(qrCode)}</a></p>";
        }

        return paragraphs.Length > 0
            ? paragraphs
            : "<p>Os dados para o pagamento ainda não estão disponíveis. Se precisar deles antes, fale com a equipe.</p>";
    }

    /// <summary>Returns the boleto's PDF address: EFI's own link, or this API's route for an Inter boleto, made absolute.</summary>
    private string? BoletoPdfUrl(Charge charge) => charge.BoletoPdfUrl switch
    {
        null or "" => null,
        var relative when relative == InterBoletoPdf.PathFor(charge.Id) => links.SiteUrl(relative.TrimStart('/')),
        var absolute => absolute,
    };

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
