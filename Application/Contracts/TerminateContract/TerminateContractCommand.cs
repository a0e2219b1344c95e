using Conexa.Application.Contracts.PreviewTermination;
using Mediator;

namespace Conexa.Application.Contracts.TerminateContract;

/// <summary>Terminates a contract with <paramref name="EndDate"/> as its last day of service.</summary>
public sealed record TerminateContractCommand(Guid ContractId, DateOnly? EndDate) : ICommand<TerminationPreviewDto>;
