namespace Conexa.Application.Common.Interfaces;

/// <summary>
/// Where uploaded files' bytes are kept, by file id. The default implementation stores them in the
/// application database, so every API instance reads the same files.
/// </summary>
public interface IFileStorage
{
    /// <summary>
    /// Stores <paramref name="content"/> under <paramref name="fileId"/>. The database implementation saves it
    /// together with the changes already pending in the caller's unit of work, in one transaction.
    /// </summary>
    Task WriteAsync(Guid fileId, byte[] content, CancellationToken cancellationToken);

    /// <summary>Returns the stored bytes, or null when no file has the id.</summary>
    Task<byte[]?> ReadAsync(Guid fileId, CancellationToken cancellationToken);

    /// <summary>Deletes the files that exist among <paramref name="fileIds"/>; unknown ids are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken);
}
