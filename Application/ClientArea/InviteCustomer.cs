using System.Net;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Auditing;
using Conexa.Domain.Customers;
using Conexa.Domain.Emails;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.ClientArea;

/// <summary>E-mails the customer a link that sets the client-area password, creating the login if needed.</summary>
public sealed record InviteCustomerCommand(Guid CustomerId) : ICommand<InvitationDto>;

/// <summary>The invitation's e-mail in the history: its id, recipient and status (sent or failed).</summary>
public sealed record InvitationDto(Guid EmailId, string To, string Status);

/// <summary>E-mails the invitation through <see cref="ClientAreaPasswordLinks"/> and records it in the customer's history.</summary>
public sealed class InviteCustomerCommandHandler(
    IAppDbContext db,
    ICurrentUser user,
    ClientAreaPasswordLinks passwordLinks,
    TimeProvider clock) : ICommandHandler<InviteCustomerCommand, InvitationDto>
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
        var intro = $"<p>Olá, {WebUtility.HtmlEncode(customer.Name)}.</p><p>{WebUtility.HtmlEncode(tenantName)} convidou você para a Área do Cliente, " +
            "onde você vê seus contratos, cobranças e cotas.</p>";
        var message = await passwordLinks.SendAsync(customer, EmailKind.ClientAreaInvitation, $"Seu acesso à Área do Cliente de {tenantName}", intro, cancellationToken)
            ?? throw new ConflictException(
                "client-area-email-in-use",
                $"O e-mail {customer.Email} já é o login de outro usuário. Corrija o e-mail do cliente antes de convidá-lo.");

        db.AuditEntries.Add(AuditEntry.Record(
            user.TenantId,
            "customer.client-area-invited",
            nameof(Customer),
            customer.Id,
            $"user:{user.UserId}",
            clock.GetUtcNow(),
            "Convite para a Área do Cliente enviado."));
        await db.SaveChangesAsync(cancellationToken);
        return new InvitationDto(message.Id, message.To, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(message.Status.ToString()));
    }
}
