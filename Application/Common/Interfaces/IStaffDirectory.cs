namespace Conexa.Application.Common.Interfaces;

/// <summary>The operator's team members, named in the histories that record what they did.</summary>
public interface IStaffDirectory
{
    /// <summary>
    /// Returns the display name (full name, or the e-mail when the name is empty) of each of the tenant's users among
    /// <paramref name="userIds"/>. Users of other tenants, and removed ones, are left out.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(Guid tenantId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
