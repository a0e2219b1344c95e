using Conexa.Application.Attachments.Shared;
using Conexa.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Tenants.GetStorage;

public sealed class GetStorageQueryHandler(IAppDbContext db, ICurrentUser user, StorageQuota quota) : IQueryHandler<GetStorageQuery, StorageDto>
{
    public async ValueTask<StorageDto> Handle(GetStorageQuery query, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        var used = await quota.UsedBytesAsync(tenant.Id, cancellationToken);
        var pending = await quota.PendingBytesAsync(tenant.Id, senderKey: null, cancellationToken);
        return new StorageDto(used, pending, quota.QuotaOf(tenant), tenant.HasUnlimitedFiles);
    }
}
