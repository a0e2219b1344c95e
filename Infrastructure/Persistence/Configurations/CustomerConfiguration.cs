using Conexa.Domain.Customers;
using Conexa.Domain.Documents;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(150);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Document)
            .HasConversion(d => d.Value, value => TaxDocument.FromStored(value))
            .HasMaxLength(14);
        // One customer per CPF/CNPJ in a tenant, so concurrent first checkouts of one document cannot create two.
        // Anonymised customers share a placeholder document and are left out.
        builder.HasIndex(c => new { c.TenantId, c.Document }).IsUnique().HasFilter("AnonymisedAt IS NULL");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId);
        builder.ComplexProperty(c => c.Address, AddressColumns.Configure);
    }
}
