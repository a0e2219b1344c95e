using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;

namespace Conexa.Application.Billing;

/// <summary>Inserts new charges in bulk, outside the unit of work's change tracking.</summary>
public interface IChargeWriter
{
    /// <summary>
    /// Inserts, in one transaction, those of <paramref name="charges"/> whose contract still has one of
    /// <paramref name="billableStatuses"/> inside that transaction, and returns how many it inserted. A contract
    /// terminated after the caller read it is therefore left out. A charge that breaks a unique index (a period another
    /// instance billed first) raises a <c>DbUpdateException</c> whose inner exception is the provider's, as a save
    /// would, and then nothing is saved.
    /// </summary>
    Task<int> InsertAsync(IReadOnlyList<Charge> charges, IReadOnlyCollection<ContractStatus> billableStatuses, CancellationToken cancellationToken);
}
