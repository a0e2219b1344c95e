using Microsoft.AspNetCore.Identity;

namespace Conexa.Infrastructure.Identity;

/// <summary>A person who signs in: an operator's admin or staff member, scoped to one tenant.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid TenantId { get; set; }

    public string FullName { get; set; } = string.Empty;

    /// <summary>The customer whose client area this login opens; null for operator staff.</summary>
    public Guid? CustomerId { get; set; }
}
