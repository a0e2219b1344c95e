using Conexa.Application.Billing;
using Conexa.Domain.Sales;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Infrastructure.Billing;

/// <summary>Inserts a billing run's charges with one reused INSERT command in one transaction.</summary>
internal sealed class ChargeWriter(AppDbContext db) : IChargeWriter
{
    private RowInserter<Charge>? _inserter;

    public async Task InsertAsync(IReadOnlyList<Charge> charges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charges);
        if (charges.Count == 0)
        {
            return;
        }

        // Built once per scope: a billing run writes every batch through the same writer.
        _inserter ??= new RowInserter<Charge>(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await _inserter.InsertAsync(db, charges, cancellationToken);
        }
        catch (System.Data.Common.DbException exception)
        {
            // The same exception a save raises, so callers recognise a unique violation either way.
            throw new DbUpdateException("Inserting the billing run's charges failed; no charge of the batch was saved.", exception);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
