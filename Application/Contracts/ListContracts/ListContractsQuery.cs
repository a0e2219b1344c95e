using Conexa.Application.Contracts.Shared;
using Mediator;

namespace Conexa.Application.Contracts.ListContracts;

/// <summary>One page of the caller's contracts. Page is 1-based (default 1) and PageSize 1 to 100 (default 20).</summary>
public sealed record ListContractsQuery(
    string? RegisteredBy = null,
    string? Status = null,
    string? PlanId = null,
    string? UnitId = null,
    string? From = null,
    string? To = null,
    string? Search = null,
    string? Sort = null,
    string? Page = null,
    string? PageSize = null) : IQuery<ContractListPage>, IContractFilterParameters
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page whose offset still fits in an int at the largest page size.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;
}
