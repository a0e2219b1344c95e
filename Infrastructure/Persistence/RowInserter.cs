using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Conexa.Infrastructure.Persistence;

/// <summary>
/// Inserts new rows of one entity type by executing one INSERT command again for each row, so Microsoft.Data.Sqlite
/// reuses its prepared statement, where a save through change tracking builds and prepares a command per row.
/// Table and column names, value conversions and parameter types come from the EF Core model, so the same code
/// serves SQLite and SQL Server. It writes the entity's own and complex properties, and rejects an entity with
/// shadow or owned properties when it is built.
/// NOTE: the tests run it on SQLite only; on SQL Server it has not been run.
/// </summary>
internal sealed class RowInserter<TEntity>
    where TEntity : class
{
    private readonly List<Column> _columns;
    private readonly string[] _parameterNames;
    private readonly string _sql;

    public RowInserter(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
        if (entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new NotSupportedException($"{typeof(TEntity).Name} has owned types, which the row inserter does not write.");
        }

        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entityType.GetProperties().Concat(entityType.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
        {
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{typeof(TEntity).Name}.{property.Name} is a shadow property, which the row inserter cannot read.");
            }

            columns.Add(new Column(property.GetColumnName(table)!, property.GetRelationalTypeMapping(), property.IsNullable, property.GetGetter()));
        }

        var sql = context.GetService<ISqlGenerationHelper>();
        _columns = columns;
        // Parameters carry the provider's prefix, as in the SQL. Given a name without one, Microsoft.Data.Sqlite tries
        // each prefix it supports with a native lookup, for every parameter of every row (half the insert time in a profile).
        _parameterNames = [.. columns.Select((_, i) => sql.GenerateParameterName("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        _sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", _parameterNames)})";
    }

    /// <summary>Inserts the rows on the context's connection inside its current transaction, which the caller began.</summary>
    public async Task InsertAsync(DbContext context, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = context.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Begin a transaction before inserting rows.");

        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = _sql;
        command.Transaction = transaction.GetDbTransaction();
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < _columns.Count; i++)
            {
                var column = _columns[i];
                command.Parameters.Add(column.Mapping.CreateParameter(command, _parameterNames[i], column.Getter.GetClrValueUsingContainingEntity(row), column.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, bool IsNullable, IClrPropertyGetter Getter);
}
