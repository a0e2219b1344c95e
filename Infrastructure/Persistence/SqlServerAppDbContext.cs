using Microsoft.EntityFrameworkCore;

namespace Conexa.Infrastructure.Persistence;

/// <summary>The SQL Server database of production.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
