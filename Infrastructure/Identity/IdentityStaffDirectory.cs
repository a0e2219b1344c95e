using Conexa.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Infrastructure.Identity;

/// <summary>The staff directory over ASP.NET Identity users.</summary>
internal sealed class IdentityStaffDirectory(UserManager<AppUser> users) : IStaffDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(Guid tenantId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var found = await users.Users
            .Where(u => u.TenantId == tenantId && userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email })
            .ToListAsync(cancellationToken);
        return found.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.FullName) ? u.Email ?? u.Id.ToString() : u.FullName);
    }
}
