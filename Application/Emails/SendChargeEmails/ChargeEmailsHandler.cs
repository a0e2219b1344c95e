using System.Globalization;
using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Emails.Shared;
using Conexa.Application.Payments.Inter;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.SendChargeIssuedEmail;

/// <summary>
/// Sends the customer a charge after the contracting's first one (a billed period or a termination's charge)
/// with what pays it: the Pix code and its QR image, or the boleto's digitable line and PDF. Without it a customer
/// with no client area would never see the code of a new month. The e-mail is written to the history once per
/// charge, so a repeated or retried event sends it at most once.
/// </summary>
public sealed class ChargeIssuedEmailHandler(IAppDbContext db, EmailDelivery delivery, IPublicLinks links, TimeProvider clock)
    : IDomainEventHandler<ChargeIssued>
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public async Task HandleAsync(ChargeIssued domainEvent, CancellationToken cancellationToken)
    {
        var message = await db.EmailMessages.SingleOrDefaultAsync(
            m => m.RelatedId == domainEvent.ChargeId && m.Kind == EmailKind.ChargeIssued,
            cancellationToken);
        if (message is null)
        {
            message = await QueueAsync(domainEvent, cancellationToken);
        }

        await delivery.SendAsync([message], domainEvent.TenantId, domainEvent.ChargeId, cancellationToken);
    }

    private async Task<EmailMessage> QueueAsync(ChargeIssued domainEvent, CancellationToken cancellationToken)
    {
        var found = await (
                from chargeRow in db.Charges.AsNoTracking()
                join contractRow in db.Contracts.AsNoTracking() on chargeRow.ContractId equals contractRow.Id
                join customerRow in db.Customers.AsNoTracking() on chargeRow.CustomerId equals customerRow.Id
                join tenantRow in db.Tenants.AsNoTracking() on chargeRow.TenantId equals tenantRow.Id
                where chargeRow.Id == domainEvent.ChargeId
                select new { Charge = chargeRow, contractRow.PlanName, Customer = customerRow, Tenant = tenantRow })
            .SingleAsync(cancellationToken);
        var charge = found.Charge;
        var tenant = found.Tenant;
        var dueDate = charge.DueDate.ToString("dd/MM/yyyy", PtBr);

        var body = $"<p>Olá, {Html(found.Customer.Name)}!</p>"
            + $"<p>Sua cobrança de {charge.Amount.ToString("C", PtBr)} do plano <b>{Html(found.PlanName)}</b> vence em {dueDate}.</p>"
            + PaymentParagraphs(charge)
            + $"<p>Se já pagou, desconsidere este e-mail.</p><p>Equipe {Html(tenant.Name)}</p>";
        var message = EmailMessage.Queue(
            tenant.Id,
            EmailKind.ChargeIssued,
            charge.Id,
            found.Customer.Email,
            $"Nova cobrança: {found.PlanName}, vencimento em {dueDate}",
            body,
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

        return paragraphs;
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
