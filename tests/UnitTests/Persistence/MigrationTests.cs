using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Conexa.UnitTests.Persistence;

public sealed class MigrationTests
{
    [Test]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run dotnet ef migrations add for SqliteAppDbContext");
    }

    [Test]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run dotnet ef migrations add for SqlServerAppDbContext");
    }

    [Test]
    public void BothProviders_HaveTheSameMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var names = (DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.That(names(sqlite), Is.EqualTo(names(sqlServer)));
    }
}
