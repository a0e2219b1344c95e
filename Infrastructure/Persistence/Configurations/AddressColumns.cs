using Conexa.Domain.Customers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

/// <summary>The column lengths of an <see cref="Address"/>, shared by every entity that stores one.</summary>
internal static class AddressColumns
{
    public static void Configure(ComplexPropertyBuilder<Address> address)
    {
        address.Property(a => a.Street).HasMaxLength(150);
        address.Property(a => a.Number).HasMaxLength(20);
        address.Property(a => a.Complement).HasMaxLength(100);
        address.Property(a => a.District).HasMaxLength(100);
        address.Property(a => a.City).HasMaxLength(100);
        address.Property(a => a.State).HasMaxLength(2);
        address.Property(a => a.PostalCode).HasMaxLength(8);
    }
}
