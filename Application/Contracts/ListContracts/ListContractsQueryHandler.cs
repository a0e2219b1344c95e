using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.Shared;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.ListContracts;

public sealed class ListContractsQueryHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListContractsQuery, ContractListPage>
{
    public async ValueTask<ContractListPage> Handle(ListContractsQuery query, CancellationToken cancellationToken)
    {
        var filter = ContractFilter.Parse(query);
        var page = int.TryParse(query.Page, out var requestedPage) ? requestedPage : 1;
        var pageSize = int.TryParse(query.PageSize, out var requestedSize) ? requestedSize : ListContractsQuery.DefaultPageSize;

        var filtered = ContractReportQuery.Filtered(db, user.TenantId, filter);
        var totalCount = await filtered.CountAsync(cancellationToken);
        var rows = await ContractReportQuery.Sorted(filtered, filter.Sort, db.NameCollation)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        return new ContractListPage(rows.Select(ToItem).ToList(), totalCount, page, pageSize);
    }

    private static ContractListItemDto ToItem(ContractReportSource row) => new(
        row.Id,
        row.CustomerName,
        row.CustomerDocument.Masked,
        row.PlanName,
        row.UnitName,
        row.RegisteredBy,
        row.Status,
        row.StartDate,
        row.EndDate,
        row.DueDay,
        row.MonthlyPrice,
        row.PaymentMethod,
        row.SignatureStatus);
}
