using Conexa.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Conexa.Infrastructure.Identity;

/// <summary>Client-area logins as ASP.NET Identity users with the customer role, tied to their customer record.</summary>
internal sealed partial class IdentityClientAreaAccounts(
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    ILogger<IdentityClientAreaAccounts> logger) : IClientAreaAccounts
{
    public const string CustomerRole = "customer";

    public async Task RemoveAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var logins = users.Users.Where(u => u.CustomerId == customerId).ToList();
        foreach (var login in logins)
        {
            await users.DeleteAsync(login);
        }
    }

    public async Task<bool> TryCreateAsync(Guid tenantId, Guid customerId, string name, string email, string password, CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // A returning customer keeps the login made at an earlier checkout, and its password.
            return existing.CustomerId == customerId;
        }

        var user = new AppUser { UserName = email, Email = email, TenantId = tenantId, CustomerId = customerId, FullName = name };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            LogCreateFailed(customerId, string.Join(",", created.Errors.Select(e => e.Code)));
            return false;
        }

        if (!await roles.RoleExistsAsync(CustomerRole))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(CustomerRole));
        }

        await users.AddToRoleAsync(user, CustomerRole);
        return true;
    }

    public async Task<string?> CreatePasswordTokenAsync(Guid tenantId, Guid customerId, string name, string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null && user.CustomerId != customerId)
        {
            return null;
        }

        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, TenantId = tenantId, CustomerId = customerId, FullName = name };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                LogCreateFailed(customerId, string.Join(",", created.Errors.Select(e => e.Code)));
                return null;
            }

            if (!await roles.RoleExistsAsync(CustomerRole))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(CustomerRole));
            }

            await users.AddToRoleAsync(user, CustomerRole);
        }

        return await users.GeneratePasswordResetTokenAsync(user);
    }

    public async Task<Guid?> FindCustomerAsync(string email, CancellationToken cancellationToken) =>
        (await users.FindByEmailAsync(email))?.CustomerId;

    public async Task<bool> SetPasswordAsync(string email, string token, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user?.CustomerId is null)
        {
            return false;
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            LogPasswordNotSet(user.CustomerId.Value, string.Join(",", result.Errors.Select(e => e.Code)));
        }

        return result.Succeeded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client-area password of customer {CustomerId} was not set: {ErrorCodes}")]
    private partial void LogPasswordNotSet(Guid customerId, string errorCodes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No client-area login was created for customer {CustomerId}: {ErrorCodes}")]
    private partial void LogCreateFailed(Guid customerId, string errorCodes);
}
