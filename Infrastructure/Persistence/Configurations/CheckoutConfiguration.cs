using Conexa.Domain.Checkouts;
using Conexa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class CheckoutConfiguration : IEntityTypeConfiguration<Checkout>
{
    public void Configure(EntityTypeBuilder<Checkout> builder)
    {
        builder.Property(c => c.IdempotencyKey).HasMaxLength(Checkout.MaxIdempotencyKeyLength);
        builder.Property(c => c.RequestFingerprint).HasMaxLength(64);
        builder.HasIndex(c => new { c.PlanId, c.IdempotencyKey }).IsUnique();

        // The contracting e-mails read the checkout of their contract. Without this index each read scanned
        // every checkout.
        builder.HasIndex(c => c.ContractId);
        builder.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.PayerName).HasMaxLength(150);
        builder.Property(c => c.PayerEmail).HasMaxLength(254);
        builder.Property(c => c.PayerPhone).HasMaxLength(30);
        builder.ComplexProperty(c => c.PayerAddress, AddressColumns.Configure);
    }
}
