using Conexa.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class SignatureCallbackConfiguration : IEntityTypeConfiguration<SignatureCallback>
{
    public void Configure(EntityTypeBuilder<SignatureCallback> builder)
    {
        builder.Property(c => c.DocumentId).HasMaxLength(64);
        builder.Property(c => c.EventType).HasMaxLength(8);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.HasIndex(c => new { c.DocumentId, c.EventType, c.Email }).IsUnique();
    }
}
