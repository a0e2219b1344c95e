using Microsoft.EntityFrameworkCore;

namespace Conexa.FunctionalTests.Support;

/// <summary>Sets a test tenant's own storage quota, which no route changes.</summary>
public static class StorageQuotas
{
    public static Task SetAsync(TestPlan plan, long quotaBytes) =>
        ApiServer.QueryAsync(async db =>
        {
            var tenant = await db.Tenants.SingleAsync(t => t.Id == plan.TenantId);
            tenant.SetStorageQuota(quotaBytes);
            return await db.SaveChangesAsync();
        });
}
