using Conexa.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conexa.Infrastructure.Persistence.Configurations;

internal sealed class EfiNotificationCursorConfiguration : IEntityTypeConfiguration<EfiNotificationCursor>
{
    public void Configure(EntityTypeBuilder<EfiNotificationCursor> builder)
    {
        builder.HasKey(c => c.Token);
        builder.Property(c => c.Token).HasMaxLength(200);
        builder.Property(c => c.LastEventId).IsConcurrencyToken();
    }
}
