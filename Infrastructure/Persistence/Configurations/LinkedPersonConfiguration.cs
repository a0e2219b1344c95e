using Conexa.Domain.Customers;
using Conexa.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class LinkedPersonConfiguration : IEntityTypeConfiguration<LinkedPerson>
{
    public void Configure(EntityTypeBuilder<LinkedPerson> builder)
    {
        builder.ToTable("LinkedPeople");
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Document)
            .HasConversion(d => d.Value, value => TaxDocument.FromStored(value))
            .HasMaxLength(14);
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId);
    }
}
