namespace Conexa.Application.Contracts.ListContracts;

/// <summary>A page of contracts and the number of contracts that match the filters on all pages.</summary>
public sealed record ContractListPage(IReadOnlyList<ContractListItemDto> Items, int TotalCount, int Page, int PageSize);
