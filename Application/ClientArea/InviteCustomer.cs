using System.Net;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Auditing;
using Conexa.Domain.Customers;
using Conexa.Domain.Emails;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.ClientArea;

/// <summary>E-mails the customer a link that sets the client-area password, creating the login if needed.</summary>
public sealed record InviteCustomerCommand(Guid CustomerId) : ICommand<InvitationDto>;

/// <summary>The invitation's e-mail in the history: its id, recipient and status (sent or failed).</summary>
public sealed record InvitationDto(Guid EmailId, string To, string Status);

/// <summary>
/// Sends the invitation at once rather than through the outbox. The history keeps the message without
/// the link, because the link's token would let anyone who reads the history set the customer's
/// password. A failed send is recorded as failed, and the admin invites again, which makes a new token.
/// </summary>
public sealed partial class InviteCustomerCommandHandler(
    IAppDbContext db,
    ICurrentUser user,
    IClientAreaAccounts accounts,
    IEmailSender sender,
    IPublicLinks links,
    TimeProvider clock,
    ILogger<InviteCustomerCommandHandler> logger) : ICommandHandler<InviteCustomerCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(InviteCustomerCommand command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == command.CustomerId && c.TenantId == user.TenantId, cancellationToken)
            ?? throw new NotFoundException("Customer", command.CustomerId.ToString());
        if (customer.AnonymisedAt is not null)
        {
            throw new ConflictException("customer-anonymised", "Os dados deste cliente foram apagados a pedido dele; não é possível convidá-lo.");
        }

        var tenantName = await db.Tenants.Where(t => t.Id == user.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var token = await accounts.CreatePasswordTokenAsync(user.TenantId, customer.Id, customer.Name, customer.Email, cancellationToken)
            ?? throw new ConflictException(
                "client-area-email-in-use",
                $"O e-mail {customer.Email} já é o login de outro usuário. Corrija o e-mail do cliente antes de convidá-lo.");

        var now = clock.GetUtcNow();
        // The token goes in the fragment, which browsers never send, so it stays out of server and proxy logs.
        var link = links.SiteUrl($"client/definir-senha#email={Uri.EscapeDataString(customer.Email)}&token={Uri.EscapeDataString(token)}");
        var subject = $"Seu acesso à Área do Cliente de {tenantName}";
        var intro = $"<p>Olá, {WebUtility.HtmlEncode(customer.Name)}.</p><p>{WebUtility.HtmlEncode(tenantName)} convidou você para a Área do Cliente, " +
            "onde você vê seus contratos, cobranças e cotas.</p>";
        var message = EmailMessage.Queue(
            user.TenantId,
            EmailKind.ClientAreaInvitation,
            Guid.NewGuid(),
            customer.Email,
            subject,
            intro + "<p>O link para definir a senha foi enviado só ao cliente e vale por um dia.</p>",
            now);
        db.EmailMessages.Add(message);

        if (!sender.Delivers)
        {
            message.MarkRecorded();
        }
        else
        {
            await SendAsync(message, customer, subject, intro + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Defina sua senha</a>. O link vale por um dia.</p>", cancellationToken);
        }

        db.AuditEntries.Add(AuditEntry.Record(
            user.TenantId,
            "customer.client-area-invited",
            nameof(Customer),
            customer.Id,
            $"user:{user.UserId}",
            now,
            "Convite para a Área do Cliente enviado."));
        await db.SaveChangesAsync(cancellationToken);
        return new InvitationDto(message.Id, message.To, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(message.Status.ToString()));
    }

    /// <summary>Sends the invitation with its link and records the outcome on the history's message, which leaves the link out.</summary>
    private async Task SendAsync(EmailMessage message, Customer customer, string subject, string bodyWithLink, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(customer.Email, subject, bodyWithLink, cancellationToken);
            message.MarkSent(clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSendFailed(exception, message.Id, customer.Id);
            message.MarkFailed(exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client-area invitation e-mail {EmailId} to customer {CustomerId} failed")]
    private partial void LogSendFailed(Exception exception, Guid emailId, Guid customerId);
}
