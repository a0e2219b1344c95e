using Microsoft.Data.Sqlite;

namespace Conexa.Benchmarks.Seeding;

/// <summary>
/// Inserts copies of one existing row with a prepared command, changing only the columns given. Copying a
/// row that EF Core wrote keeps every other column in the format EF Core reads back (upper-case GUID text,
/// dates, decimals as text, JSON columns).
/// </summary>
internal sealed class RowCloner : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly Dictionary<string, SqliteParameter> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _template = new(StringComparer.Ordinal);

    private RowCloner(SqliteCommand insert) => _insert = insert;

    /// <summary>Reads the row of <paramref name="table"/> whose Id is <paramref name="templateId"/> and prepares its insert.</summary>
    public static RowCloner FromRow(SqliteConnection connection, SqliteTransaction transaction, string table, Guid templateId) =>
        FromTemplate(connection, transaction, RowTemplate.Read(connection, transaction, table, templateId));

    /// <summary>Prepares the insert of copies of <paramref name="template"/> on an open connection.</summary>
    public static RowCloner FromTemplate(SqliteConnection connection, SqliteTransaction transaction, RowTemplate template)
    {
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        var cloner = new RowCloner(insert);
        var columns = template.Values.Keys.ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            cloner._template[columns[i]] = template.Values[columns[i]];
            cloner._parameters[columns[i]] = insert.Parameters.Add(new SqliteParameter("$p" + i, template.Values[columns[i]]));
        }

        insert.CommandText = $"INSERT INTO \"{template.Table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        insert.Prepare();
        return cloner;
    }

    /// <summary>Formats a GUID as EF Core's SQLite provider stores it.</summary>
    public static string GuidText(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>Inserts a copy of the template row with <paramref name="changes"/> (column name, value) applied.</summary>
    public void Insert(params (string Column, object? Value)[] changes)
    {
        foreach (var (name, parameter) in _parameters)
        {
            parameter.Value = _template[name];
        }

        foreach (var (column, value) in changes)
        {
            if (!_parameters.TryGetValue(column, out var parameter))
            {
                throw new ArgumentException($"The table has no column {column}.", nameof(changes));
            }

            parameter.Value = value switch
            {
                null => DBNull.Value,
                Guid id => GuidText(id),
                DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                _ => value,
            };
        }

        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();
}

/// <summary>The column values of one row, read once and copied by <see cref="RowCloner"/>.</summary>
internal sealed record RowTemplate(string Table, IReadOnlyDictionary<string, object> Values)
{
    /// <summary>Reads the row of <paramref name="table"/> whose Id is <paramref name="id"/>.</summary>
    public static RowTemplate Read(SqliteConnection connection, SqliteTransaction? transaction, string table, Guid id)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" = $id";
        select.Parameters.AddWithValue("$id", RowCloner.GuidText(id));
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"No row of {table} has Id {id}.");
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            values[reader.GetName(i)] = reader.GetValue(i);
        }

        return new RowTemplate(table, values);
    }
}
