using System.Security.Claims;
using Conexa.Application.Common.Interfaces;
using Conexa.Infrastructure.Identity;

namespace Conexa.Api.Authentication;

/// <summary>Reads the signed-in user's id and tenant from the bearer token's claims.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid UserId => ReadGuid(ClaimTypes.NameIdentifier);

    public Guid TenantId => ReadGuid(AppUserClaimsPrincipalFactory.TenantClaim);

    public bool IsAdmin => accessor.HttpContext?.User.IsInRole(Policies.AdminRole) == true;

    private Guid ReadGuid(string claimType)
    {
        var value = accessor.HttpContext?.User.FindFirstValue(claimType);
        return Guid.TryParse(value, out var id)
            ? id
            : throw new InvalidOperationException($"The request has no '{claimType}' claim; the endpoint must require an operator sign-in.");
    }
}
