namespace Conexa.Application.Common.Interfaces;

/// <summary>Logins of the client area, which customers get when they set a password at checkout.</summary>
public interface IClientAreaAccounts
{
    /// <summary>Deletes the customer's login, if any.</summary>
    Task RemoveAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the customer's login unless one exists. Returns true when the customer can sign in
    /// afterwards, and false when the e-mail already belongs to another login or the password was refused.
    /// </summary>
    Task<bool> TryCreateAsync(Guid tenantId, Guid customerId, string name, string email, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a login without a password for the customer, or reuses the customer's login, and returns a
    /// one-time token that sets its password. Returns null when the e-mail belongs to another login.
    /// </summary>
    Task<string?> CreatePasswordTokenAsync(Guid tenantId, Guid customerId, string name, string email, CancellationToken cancellationToken);

    /// <summary>Returns the customer whose client-area login signs in with <paramref name="email"/> (any letter case), or null when none does.</summary>
    Task<Guid?> FindCustomerAsync(string email, CancellationToken cancellationToken);

    /// <summary>Sets the password of a client-area login with the token of an invitation; returns false for an invalid or used token.</summary>
    Task<bool> SetPasswordAsync(string email, string token, string password, CancellationToken cancellationToken);
}
