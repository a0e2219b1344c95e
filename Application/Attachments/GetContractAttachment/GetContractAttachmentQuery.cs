using Mediator;

namespace Conexa.Application.Attachments.GetContractAttachment;

public sealed record GetContractAttachmentQuery(Guid ContractId, Guid AttachmentId) : IQuery<AttachmentFile>;

/// <summary>A stored file with the name and media type to send it back with.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);
