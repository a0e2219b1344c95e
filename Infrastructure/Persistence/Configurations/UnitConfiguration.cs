using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(150);
        builder.Property(u => u.NotificationEmail).HasMaxLength(254);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId);
    }
}
