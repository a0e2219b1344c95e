using Conexa.Domain.Customers;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class SaleConfiguration : IEntityTypeConfiguration<Sale>
{
    public void Configure(EntityTypeBuilder<Sale> builder)
    {
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId);
        builder.OwnsMany(s => s.Items, items => items.ToJson());
    }
}
