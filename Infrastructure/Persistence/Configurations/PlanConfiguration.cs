using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.LinkToken).HasMaxLength(LinkToken.MaxLength);
        builder.Property(p => p.ContractTemplate).HasMaxLength(ContractTemplate.MaxLength);
        builder.HasIndex(p => p.LinkToken).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId);

        builder.ComplexProperty(p => p.Form, form =>
        {
            form.ComplexProperty(f => f.Password);
            form.ComplexProperty(f => f.Address);
            form.ComplexProperty(f => f.Phone);
            form.ComplexProperty(f => f.CompanyData);
            form.ComplexProperty(f => f.Attachments);
        });

        builder.OwnsMany(p => p.Quotas, quotas => quotas.ToJson());
        builder.OwnsMany(p => p.PaymentOptions, options => options.ToJson());
    }
}
