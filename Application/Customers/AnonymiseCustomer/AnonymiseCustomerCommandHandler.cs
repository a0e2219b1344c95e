using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Customers.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Customers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Customers.AnonymiseCustomer;

/// <summary>
/// Replaces the customer's and linked people's names, e-mails, documents, phone and address, and redacts them in
/// the issued contract terms and in the e-mails sent about their contracts. It also deletes the files sent with
/// their checkouts and their client-area login, and records who did it. Amounts, dates and statuses stay, because
/// the operator must keep its financial records.
/// </summary>
public sealed class AnonymiseCustomerCommandHandler(
    IAppDbContext db,
    ICurrentUser user,
    IClientAreaAccounts accounts,
    IFileStorage files,
    TimeProvider clock)
    : ICommandHandler<AnonymiseCustomerCommand>
{
    /// <summary>What the issued contract terms show in place of a removed name, e-mail or CPF/CNPJ.</summary>
    public const string RedactedValue = "[dado removido]";

    public async ValueTask<Unit> Handle(AnonymiseCustomerCommand command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == command.CustomerId && c.TenantId == user.TenantId, cancellationToken)
            ?? throw new NotFoundException("Customer", command.CustomerId.ToString());
        var now = clock.GetUtcNow();
        var people = await db.LinkedPeople.Where(p => p.CustomerId == customer.Id).ToListAsync(cancellationToken);
        string[] personalValues =
        [
            customer.Name, customer.Email, customer.Document.Formatted, customer.Document.Value,
            .. people.SelectMany(p => new[] { p.Name, p.Email, p.Document.Formatted, p.Document.Value }),
        ];

        var addresses = people.Select(p => p.Email).Append(customer.Email).ToList();
        customer.Anonymise(now);
        foreach (var person in people)
        {
            person.Anonymise();
        }

        var contractIds = await db.Contracts.Where(c => c.CustomerId == customer.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var checkout in await db.Checkouts.Where(c => contractIds.Contains(c.ContractId) && c.PayerName != null).ToListAsync(cancellationToken))
        {
            checkout.ErasePayer();
        }

        foreach (var document in await db.ContractDocuments.Where(d => contractIds.Contains(d.ContractId)).ToListAsync(cancellationToken))
        {
            document.Redact(personalValues, RedactedValue);
        }

        var emails = await CustomerEmails.QueryAsync(db, customer.TenantId, contractIds, addresses, tracked: true, cancellationToken);
        foreach (var email in emails)
        {
            email.Redact();
        }

        // The files go first: a failure after this point leaves nothing personal behind, and a second
        // request finishes the rest.
        var attachments = await db.Attachments.Where(a => a.ContractId != null && contractIds.Contains(a.ContractId.Value)).ToListAsync(cancellationToken);
        await files.DeleteAsync(attachments.Select(a => a.Id).ToList(), cancellationToken);
        db.Attachments.RemoveRange(attachments);

        db.AuditEntries.Add(AuditEntry.Record(customer.TenantId, "customer.anonymised", nameof(Customer), customer.Id, $"user:{user.UserId}", now));
        await db.SaveChangesAsync(cancellationToken);
        await accounts.RemoveAsync(customer.Id, cancellationToken);
        return Unit.Value;
    }
}
