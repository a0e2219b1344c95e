using Mediator;

namespace Conexa.Application.Tenants.GetStorage;

public sealed record GetStorageQuery : IQuery<StorageDto>;

/// <summary>
/// The caller's attachment storage in bytes: files bound to contracts plus unexpired uploads, against the
/// quota. <paramref name="QuotaBytes"/> is null when the "unlimited files" module is on.
/// </summary>
public sealed record StorageDto(long UsedBytes, long? QuotaBytes, bool Unlimited);
