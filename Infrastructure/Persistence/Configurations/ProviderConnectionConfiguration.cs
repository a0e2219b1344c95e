using Conexa.Application.Integrations.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class ProviderConnectionConfiguration : IEntityTypeConfiguration<ProviderConnection>
{
    public void Configure(EntityTypeBuilder<ProviderConnection> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Provider).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.TenantId, c.Provider }).IsUnique();

        // A Data Protection payload of a .p12 certificate in base64 runs to several kilobytes.
        builder.Property(c => c.ProtectedSettings).IsRequired();
        builder.Property(c => c.MaskedIdentifier).HasMaxLength(20);
        builder.Property(c => c.EnabledMethods).HasMaxLength(100);
        builder.Property(c => c.LastTestMessage).HasMaxLength(500);
        builder.Property(c => c.UpdatedBy).HasMaxLength(100);
        builder.Ignore(c => c.EnabledMethodList);
        builder.Ignore(c => c.IsVerified);
    }
}
