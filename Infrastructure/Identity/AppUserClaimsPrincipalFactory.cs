using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Identity;

/// <summary>
/// Adds the user's tenant, and a client-area login's customer, to the claims, so the bearer token carries
/// them to every request.
/// </summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string TenantClaim = "tenant_id";

    public const string CustomerClaim = "customer_id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaim, user.TenantId.ToString()));
        if (user.CustomerId is { } customerId)
        {
            identity.AddClaim(new Claim(CustomerClaim, customerId.ToString()));
        }

        return identity;
    }
}
