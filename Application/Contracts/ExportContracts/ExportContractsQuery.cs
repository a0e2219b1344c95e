using Conexa.Application.Contracts.Shared;
using Mediator;

namespace Conexa.Application.Contracts.ExportContracts;

/// <summary>All of the caller's contracts that match the filters, as an xlsx or pdf file.</summary>
public sealed record ExportContractsQuery(
    string? Format = null,
    string? RegisteredBy = null,
    string? Status = null,
    string? PlanId = null,
    string? UnitId = null,
    string? From = null,
    string? To = null,
    string? Search = null,
    string? Sort = null) : IQuery<ContractExport>, IContractFilterParameters;
