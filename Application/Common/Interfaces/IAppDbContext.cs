using Conexa.Domain.Attachments;
using Conexa.Application.Integrations.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Checkouts;
using Conexa.Domain.Contracts;
using Conexa.Domain.Credits;
using Conexa.Domain.Customers;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Domain.Signatures;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Common.Interfaces;

/// <summary>The database as the use cases see it; the context is also the unit of work.</summary>
public interface IAppDbContext
{
    DbSet<Tenant> Tenants { get; }

    DbSet<Unit> Units { get; }

    DbSet<Plan> Plans { get; }

    DbSet<Customer> Customers { get; }

    DbSet<LinkedPerson> LinkedPeople { get; }

    DbSet<Sale> Sales { get; }

    DbSet<Charge> Charges { get; }

    DbSet<Contract> Contracts { get; }

    DbSet<Checkout> Checkouts { get; }

    DbSet<EfiNotificationCursor> EfiNotificationCursors { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<CustomerCredit> CustomerCredits { get; }

    DbSet<EmailMessage> EmailMessages { get; }

    DbSet<ContractDocument> ContractDocuments { get; }

    DbSet<SignatureRequest> SignatureRequests { get; }

    DbSet<SignatureCallback> SignatureCallbacks { get; }

    DbSet<Attachment> Attachments { get; }
    DbSet<ProviderConnection> ProviderConnections { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changes that the product can rebuild if they are lost, without waiting for the disk to flush them.
    /// The commit is atomic, visible at once and survives a crash of the process. A power loss before the next
    /// flushed commit may undo it, so use it only where a lost save repeats safely, such as a provider's response
    /// that the payment-start recovery requests again with our reference.
    /// </summary>
    Task<int> SaveChangesWithoutFlushAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every tracked change, after a failed save that the caller recovers from.</summary>
    void DiscardChanges();

    /// <summary>
    /// Begins a transaction that locks <paramref name="resource"/> exclusively until it commits or rolls back, so
    /// that what the caller checks inside it, such as a sum against a limit, is still true when it saves.
    /// </summary>
    Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginExclusiveAsync(string resource, CancellationToken cancellationToken);

    /// <summary>Returns whether the exception is a violation of a unique index, such as a replayed idempotency key.</summary>
    bool IsUniqueViolation(Exception exception);

    /// <summary>The database's name of the collation that orders people's names as in Portuguese, ignoring case and accents.</summary>
    string NameCollation { get; }
}
