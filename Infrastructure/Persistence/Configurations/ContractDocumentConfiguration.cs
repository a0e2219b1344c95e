using Conexa.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class ContractDocumentConfiguration : IEntityTypeConfiguration<ContractDocument>
{
    public void Configure(EntityTypeBuilder<ContractDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(100);
        builder.Property(d => d.Title).HasMaxLength(400);
        builder.HasIndex(d => d.ContractId).IsUnique();
        builder.HasIndex(d => d.TenantId);
        builder.HasOne<Contract>().WithMany().HasForeignKey(d => d.ContractId);
    }
}
