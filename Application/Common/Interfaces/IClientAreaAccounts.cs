namespace Conexa.Application.Common.Interfaces;

/// <summary>Logins of the client area, which customers get when they set a password at checkout.</summary>
public interface IClientAreaAccounts
{
    /// <summary>
    /// Creates the customer's login unless one exists. Returns true when the customer can sign in
    /// afterwards, and false when the e-mail already belongs to another login or the password was refused.
    /// </summary>
    /// <summary>Deletes the customer's login, if any.</summary>
    Task RemoveAsync(Guid customerId, CancellationToken cancellationToken);

    Task<bool> TryCreateAsync(Guid tenantId, Guid customerId, string name, string email, string password, CancellationToken cancellationToken);
}
