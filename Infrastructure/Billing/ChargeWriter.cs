using Conexa.Application.Billing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Infrastructure.Billing;

/// <summary>Inserts a billing run's charges with one reused INSERT command in one transaction.</summary>
internal sealed class ChargeWriter(AppDbContext db) : IChargeWriter
{
    private RowInserter<Charge>? _inserter;

    public async Task<int> InsertAsync(IReadOnlyList<Charge> charges, IReadOnlyCollection<ContractStatus> billableStatuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charges);
        if (charges.Count == 0)
        {
            return 0;
        }

        // Built once per scope: a billing run writes every batch through the same writer.
        _inserter ??= new RowInserter<Charge>(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The statuses are read inside the write transaction, which SQLite begins with BEGIN IMMEDIATE. A termination
        // either committed before and its status is read here, or it waits for this commit and then reads the charges.
        // NOTE: on SQL Server, at READ COMMITTED, a termination running at the same moment is not seen; not yet verified there.
        var contractIds = charges.Select(c => c.ContractId).Distinct().ToList();
        var billable = (await db.Contracts.AsNoTracking()
                .Where(c => contractIds.Contains(c.Id) && billableStatuses.Contains(c.Status))
                .Select(c => c.Id)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var billableCharges = charges.Where(c => billable.Contains(c.ContractId)).ToList();
        try
        {
            await _inserter.InsertAsync(db, billableCharges, cancellationToken);
        }
        catch (System.Data.Common.DbException exception)
        {
            // The same exception a save raises, so callers recognise a unique violation either way.
            throw new DbUpdateException("Inserting the billing run's charges failed; no charge of the batch was saved.", exception);
        }

        await transaction.CommitAsync(cancellationToken);
        return billableCharges.Count;
    }
}
