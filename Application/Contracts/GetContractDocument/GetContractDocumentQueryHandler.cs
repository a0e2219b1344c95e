using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.Documents;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.GetContractDocument;

/// <summary>Returns the PDF of a contract of the caller's tenant; another tenant's contract is not found.</summary>
public sealed class GetContractDocumentQueryHandler(IAppDbContext db, ICurrentUser user, ContractDocumentIssuer issuer)
    : IQueryHandler<GetContractDocumentQuery, ContractDocumentFile>
{
    public async ValueTask<ContractDocumentFile> Handle(GetContractDocumentQuery query, CancellationToken cancellationToken)
    {
        var document = await db.ContractDocuments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.ContractId == query.ContractId && d.TenantId == user.TenantId, cancellationToken)
            ?? throw new NotFoundException("Contract", query.ContractId.ToString());
        return new ContractDocumentFile(document.FileName, issuer.Pdf(document));
    }
}
