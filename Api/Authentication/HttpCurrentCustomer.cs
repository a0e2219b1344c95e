using System.Security.Claims;
using Conexa.Application.Common.Interfaces;
using Conexa.Infrastructure.Identity;

namespace Conexa.Api.Authentication;

/// <summary>Reads the signed-in customer's tenant and customer id from the bearer token's claims.</summary>
internal sealed class HttpCurrentCustomer(IHttpContextAccessor accessor) : ICurrentCustomer
{
    public Guid TenantId => ReadGuid(AppUserClaimsPrincipalFactory.TenantClaim);

    public Guid CustomerId => ReadGuid(AppUserClaimsPrincipalFactory.CustomerClaim);

    private Guid ReadGuid(string claimType)
    {
        var value = accessor.HttpContext?.User.FindFirstValue(claimType);
        return Guid.TryParse(value, out var id)
            ? id
            : throw new InvalidOperationException($"The request has no '{claimType}' claim; the endpoint must require a client-area sign-in.");
    }
}
