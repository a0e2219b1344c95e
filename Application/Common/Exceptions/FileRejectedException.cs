namespace Conexa.Application.Common.Exceptions;

/// <summary>Why an uploaded file, or a checkout's set of files, was rejected.</summary>
public enum FileRejection
{
    TooLarge,
    TypeNotAllowed,
    StorageQuotaExceeded,

    /// <summary>The tenant already has as many uploads not yet used by a checkout as it may.</summary>
    TooManyPendingUploads,
}

/// <summary>
/// A file was rejected before anything was stored or paid. <see cref="Field"/> is the request field the
/// message belongs to, such as "file" or "attachmentIds".
/// </summary>
public sealed class FileRejectedException(FileRejection reason, string field, string message) : Exception(message)
{
    public FileRejection Reason { get; } = reason;

    public string Field { get; } = field;

    /// <summary>How long until the upload may succeed, for <see cref="FileRejection.TooManyPendingUploads"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
