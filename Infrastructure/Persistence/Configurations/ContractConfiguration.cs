using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.PlanName).HasMaxLength(150);
        builder.Property(c => c.ProtectedCardToken).HasMaxLength(1000);

        // Only a termination sets it, so of two terminations saved at once the second updates no row and fails,
        // instead of both adding a credit or a pro-rata charge.
        builder.Property(c => c.TerminatedAt).IsConcurrencyToken();
        // Likewise for a cancellation: of an operator's cancellation, a termination and the overdue job's cancellation
        // saved at once, only the first changes the contract.
        builder.Property(c => c.CancelledAt).IsConcurrencyToken();
        // Ends with the key so the billing run reads a tenant's contracts of one status a page at a time in key order.
        builder.HasIndex(c => new { c.TenantId, c.Status, c.Id });
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId);
        builder.HasOne<LinkedPerson>().WithMany().HasForeignKey(c => c.LinkedPersonId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Sale>().WithMany().HasForeignKey(c => c.SaleId).OnDelete(DeleteBehavior.NoAction);
        builder.ComplexProperty(c => c.PaymentOption);
        builder.OwnsMany(c => c.Quotas, quotas => quotas.ToJson());
    }
}
