using Conexa.Application.Attachments.Shared;
using Mediator;

namespace Conexa.Application.Attachments.UploadAttachment;

/// <summary>
/// One file that a customer sends with a plan's public form, before submitting the checkout, with the client
/// address it came from (null when unknown).
/// </summary>
public sealed record UploadAttachmentCommand(string LinkToken, string? FileName, byte[]? Content, string? SenderAddress = null) : ICommand<AttachmentDto>;
