using Conexa.Application.Common.Interfaces;
using Conexa.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Infrastructure.Storage;

/// <summary>
/// Keeps files in the application database (SQLite or SQL Server), so every API instance shares them and a
/// backup of the database includes them.
/// </summary>
internal sealed class DatabaseFileStorage(AppDbContext db) : IFileStorage
{
    public async Task WriteAsync(Guid fileId, byte[] content, CancellationToken cancellationToken)
    {
        db.StoredFiles.Add(new StoredFile { Id = fileId, Content = content });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<byte[]?> ReadAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.StoredFiles.AsNoTracking()
            .Where(f => f.Id == fileId)
            .Select(f => f.Content)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task DeleteAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken)
    {
        if (fileIds.Count > 0)
        {
            await db.StoredFiles.Where(f => fileIds.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
