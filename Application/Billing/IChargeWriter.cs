using Conexa.Domain.Sales;

namespace Conexa.Application.Billing;

/// <summary>Inserts new charges in bulk, outside the unit of work's change tracking.</summary>
public interface IChargeWriter
{
    /// <summary>
    /// Inserts <paramref name="charges"/> in one transaction: all of them or none. A charge that breaks a unique
    /// index (a period another instance billed first) raises a <c>DbUpdateException</c> whose inner exception is
    /// the provider's, as a save would.
    /// </summary>
    Task InsertAsync(IReadOnlyList<Charge> charges, CancellationToken cancellationToken);
}
