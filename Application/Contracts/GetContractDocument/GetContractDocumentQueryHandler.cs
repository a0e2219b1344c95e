using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.GetContractDocument;

/// <summary>Returns the PDF of a contract of the caller's tenant; another tenant's contract is not found.</summary>
public sealed class GetContractDocumentQueryHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetContractDocumentQuery, ContractDocumentFile>
{
    public async ValueTask<ContractDocumentFile> Handle(GetContractDocumentQuery query, CancellationToken cancellationToken) =>
        await db.ContractDocuments.AsNoTracking()
            .Where(d => d.ContractId == query.ContractId && d.TenantId == user.TenantId)
            .Select(d => new ContractDocumentFile(d.FileName, d.Content))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Contract", query.ContractId.ToString());
}
