using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.Shared;

internal static class ContractLoader
{
    /// <summary>Loads a contract of the caller's tenant; another tenant's contract is not found, never forbidden.</summary>
    public static async Task<Contract> LoadAsync(IAppDbContext db, ICurrentUser user, Guid contractId, CancellationToken cancellationToken) =>
        await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId && c.TenantId == user.TenantId, cancellationToken)
        ?? throw new NotFoundException("Contract", contractId.ToString());
}
