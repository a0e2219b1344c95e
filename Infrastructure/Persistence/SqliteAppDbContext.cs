using Microsoft.EntityFrameworkCore;

namespace Conexa.Infrastructure.Persistence;

/// <summary>The SQLite database of the embedded default and the tests.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
