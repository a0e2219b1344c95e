namespace Conexa.Application.Attachments.Shared;

/// <summary>A stored file as the checkout and the admin see it. <paramref name="Size"/> is in bytes.</summary>
public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset CreatedAt);
