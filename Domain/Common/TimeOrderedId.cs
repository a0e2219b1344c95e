namespace Conexa.Domain.Common;

/// <summary>
/// Identity of each new entity row: a version 7 GUID, which begins with its creation time in milliseconds.
/// Rows created one after another therefore get neighbouring keys. SQLite stores the key as text, so a new row
/// goes to the end of the primary-key index, and a transaction that writes many rows changes a few index pages
/// rather than one per row. SQL Server sorts uniqueidentifier by other bytes, where these keys land as randomly
/// as version 4 ones. Ids in public links (checkouts, charges) therefore show when they were made, and keep 74
/// random bits, which still cannot be guessed.
/// </summary>
public static class TimeOrderedId
{
    public static Guid New() => Guid.CreateVersion7();
}
