namespace Conexa.Application.Common.Interfaces;

/// <summary>The signed-in operator user of the current request; admin queries are scoped to their tenant.</summary>
public interface ICurrentUser
{
    Guid UserId { get; }

    Guid TenantId { get; }

    /// <summary>Whether the user has the admin role, which changes settings; staff only read them.</summary>
    bool IsAdmin { get; }
}
