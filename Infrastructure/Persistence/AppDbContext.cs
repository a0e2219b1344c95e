using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Attachments;
using Conexa.Application.Integrations.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Checkouts;
using Conexa.Domain.Common;
using Conexa.Domain.Contracts;
using Conexa.Domain.Credits;
using Conexa.Domain.Customers;
using Conexa.Domain.Emails;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Domain.Signatures;
using Conexa.Domain.Tenants;
using Conexa.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Conexa.Infrastructure.Persistence;

/// <summary>
/// The application's database. Each provider has a subclass so that SQLite and SQL Server keep their own
/// migrations; the model itself is shared.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<LinkedPerson> LinkedPeople => Set<LinkedPerson>();

    public DbSet<Sale> Sales => Set<Sale>();

    public DbSet<Charge> Charges => Set<Charge>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<Checkout> Checkouts => Set<Checkout>();

    public DbSet<EfiNotificationCursor> EfiNotificationCursors => Set<EfiNotificationCursor>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CustomerCredit> CustomerCredits => Set<CustomerCredit>();

    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();

    public DbSet<ContractDocument> ContractDocuments => Set<ContractDocument>();

    public DbSet<SignatureRequest> SignatureRequests => Set<SignatureRequest>();

    public DbSet<SignatureCallback> SignatureCallbacks => Set<SignatureCallback>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Storage.StoredFile> StoredFiles => Set<Storage.StoredFile>();
    public DbSet<ProviderConnection> ProviderConnections => Set<ProviderConnection>();

    public DbSet<Outbox.OutboxMessage> OutboxMessages => Set<Outbox.OutboxMessage>();

    public void DiscardChanges() => ChangeTracker.Clear();

    /// <summary>Saves as <see cref="DbContext.SaveChangesAsync(CancellationToken)"/> does, for databases that always flush.</summary>
    public virtual Task<int> SaveChangesWithoutFlushAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    public abstract Task<IDbContextTransaction> BeginExclusiveAsync(string resource, CancellationToken cancellationToken);

    public abstract string NameCollation { get; }

    public bool IsUniqueViolation(Exception exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Ignore(nameof(Entity.DomainEvents));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
