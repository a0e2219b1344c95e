using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Attachments.GetContractAttachment;

/// <summary>Returns a file bound to a contract of the caller's tenant. Another tenant's file or contract is not found.</summary>
public sealed class GetContractAttachmentQueryHandler(IAppDbContext db, IFileStorage storage, ICurrentUser user)
    : IQueryHandler<GetContractAttachmentQuery, AttachmentFile>
{
    public async ValueTask<AttachmentFile> Handle(GetContractAttachmentQuery query, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == query.AttachmentId && a.ContractId == query.ContractId && a.TenantId == user.TenantId)
            .Select(a => new { a.Id, a.FileName, a.ContentType })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Attachment", query.AttachmentId.ToString());

        var content = await storage.ReadAsync(attachment.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Attachment {attachment.Id} has a record but no stored content.");
        return new AttachmentFile(attachment.FileName, attachment.ContentType, content);
    }
}
