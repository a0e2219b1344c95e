using Conexa.Domain.Contracts;
using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class SignatureRequestConfiguration : IEntityTypeConfiguration<SignatureRequest>
{
    public void Configure(EntityTypeBuilder<SignatureRequest> builder)
    {
        builder.Property(r => r.DocumentId).HasMaxLength(64);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ContractId).IsUnique();
        builder.HasIndex(r => r.DocumentId);
        builder.HasIndex(r => r.Status);
        builder.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId);
        builder.OwnsMany(r => r.Signers, signers => signers.ToJson());
    }
}
