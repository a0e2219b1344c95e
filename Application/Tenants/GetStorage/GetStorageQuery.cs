using Mediator;

namespace Conexa.Application.Tenants.GetStorage;

public sealed record GetStorageQuery : IQuery<StorageDto>;

/// <summary>
/// The caller's attachment storage in bytes: <paramref name="UsedBytes"/> counts the files of contracts against the
/// quota, and <paramref name="PendingBytes"/> the recent uploads no checkout has used yet, which do not count.
/// <paramref name="QuotaBytes"/> is null when the "unlimited files" module is on.
/// </summary>
public sealed record StorageDto(long UsedBytes, long PendingBytes, long? QuotaBytes, bool Unlimited);
