using Conexa.Domain.Attachments;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(Attachment.MaxFileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.SenderKey).HasMaxLength(64);

        // Stored as a number so that SQLite, which keeps DateTimeOffset as text, can compare it in SQL
        // for the quota and the cleanup. The values are UTC, so the numbers sort like the instants.
        builder.Property(a => a.CreatedAt).HasConversion(new DateTimeOffsetToBinaryConverter());

        // Binding updates the row only while it is still unbound, so two checkouts cannot take one file.
        builder.Property(a => a.ContractId).IsConcurrencyToken();

        builder.HasIndex(a => new { a.TenantId, a.ContractId });
        builder.HasIndex(a => new { a.ContractId, a.CreatedAt });
        builder.HasIndex(a => new { a.TenantId, a.SenderKey });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Contract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.NoAction);
    }
}
