using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> builder)
    {
        builder.Property(c => c.ProviderChargeId).HasMaxLength(64);
        builder.Property(c => c.PixCopyPaste).HasMaxLength(512);
        builder.Property(c => c.DeclineReason).HasMaxLength(500);
        builder.Property(c => c.BoletoDigitableLine).HasMaxLength(64);
        builder.Property(c => c.BoletoBarcode).HasMaxLength(44);
        builder.Property(c => c.BoletoPdfUrl).HasMaxLength(500);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.ProviderChargeId);
        builder.HasIndex(c => new { c.ContractId, c.PeriodIndex, c.Purpose }).IsUnique();
        builder.HasOne<Contract>().WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.NoAction);
        builder.ComplexProperty(c => c.PaymentOption);
    }
}
