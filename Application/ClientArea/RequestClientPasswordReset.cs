using System.Net;
using Conexa.Application.Checkouts.SubmitCheckout;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Auditing;
using Conexa.Domain.Customers;
using Conexa.Domain.Emails;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.ClientArea;

/// <summary>A customer's request for a new client-area password, made from the sign-in page with the login's e-mail.</summary>
public sealed record RequestClientPasswordResetCommand(string? Email) : ICommand;

public sealed class RequestClientPasswordResetCommandValidator : AbstractValidator<RequestClientPasswordResetCommand>
{
    public RequestClientPasswordResetCommandValidator()
    {
        RuleFor(c => c.Email)
            .NotEmpty().WithMessage("Informe o e-mail de acesso à Área do Cliente.")
            .MaximumLength(254).WithMessage("O e-mail deve ter no máximo 254 caracteres.")
            .MustBeEmailAddress();
    }
}

/// <summary>
/// E-mails the one-day link that sets a new password when the e-mail signs in to a client area, and does nothing
/// otherwise. The caller gets the same response either way, so the route does not tell which e-mails have a login.
/// </summary>
/// <remarks>
/// NOTE: the e-mail is sent within the request, so a response that takes longer still hints that the e-mail has a
/// login. The public rate limit slows such probing, and sending through the outbox would end it.
/// </remarks>
public sealed partial class RequestClientPasswordResetCommandHandler(
    IAppDbContext db,
    IClientAreaAccounts accounts,
    ClientAreaPasswordLinks passwordLinks,
    TimeProvider clock,
    ILogger<RequestClientPasswordResetCommandHandler> logger) : ICommandHandler<RequestClientPasswordResetCommand>
{
    /// <summary>The least time between two reset e-mails to one address. A link stays valid for a day, so one is enough.</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(5);

    /// <summary>The history entry of a request, which also marks when the last link was sent.</summary>
    private const string ResetAction = "customer.client-area-password-reset";

    public async ValueTask<Unit> Handle(RequestClientPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var customerId = await accounts.FindCustomerAsync(command.Email!.Trim(), cancellationToken);
        var customer = customerId is null
            ? null
            : await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId && c.AnonymisedAt == null, cancellationToken);
        if (customer is null)
        {
            LogNoLogin();
            return Unit.Value;
        }

        if (!await TryClaimAsync(customer, cancellationToken))
        {
            LogThrottled(customer.Id);
            return Unit.Value;
        }

        var tenantName = await db.Tenants.Where(t => t.Id == customer.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var intro = $"<p>Olá, {WebUtility.HtmlEncode(customer.Name)}.</p><p>Recebemos um pedido para definir uma nova senha da sua Área do Cliente de " +
            $"{WebUtility.HtmlEncode(tenantName)}. Se não foi você, ignore este e-mail: sua senha atual continua valendo.</p>";
        await passwordLinks.SendAsync(customer, EmailKind.ClientAreaPasswordReset, $"Nova senha da Área do Cliente de {tenantName}", intro, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>
    /// Records the request in the customer's history and returns true, or returns false when an earlier request is less
    /// than <see cref="ResendInterval"/> old. One link per address per interval, so repeated requests cannot flood the
    /// customer's mailbox. The check and the record run under the customer's exclusive lock and are saved before the
    /// e-mail is sent, so requests that arrive together see each other. The instants are compared here because SQLite
    /// cannot compare DateTimeOffset values in SQL.
    /// </summary>
    private async Task<bool> TryClaimAsync(Customer customer, CancellationToken cancellationToken)
    {
        await using var claim = await db.BeginExclusiveAsync($"client-password-reset:{customer.Id}", cancellationToken);
        var earlier = await db.AuditEntries.AsNoTracking()
            .Where(a => a.TenantId == customer.TenantId && a.EntityId == customer.Id && a.Action == ResetAction)
            .Select(a => a.OccurredAt)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (earlier.Any(occurredAt => occurredAt > now - ResendInterval))
        {
            return false;
        }

        db.AuditEntries.Add(AuditEntry.Record(
            customer.TenantId,
            ResetAction,
            nameof(Customer),
            customer.Id,
            "customer",
            now,
            "Link para nova senha da Área do Cliente pedido pelo cliente."));
        await db.SaveChangesAsync(cancellationToken);
        await claim.CommitAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A client-area password reset for customer {CustomerId} came within the resend interval of the last one; nothing was sent")]
    private partial void LogThrottled(Guid customerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A client-area password reset was requested for an e-mail without a customer login; nothing was sent")]
    private partial void LogNoLogin();
}
