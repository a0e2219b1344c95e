namespace Conexa.Infrastructure.Storage;

/// <summary>The bytes of one stored file, in the database's own table so the file records stay small to query.</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    public byte[] Content { get; set; } = [];
}
