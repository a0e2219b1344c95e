using Mediator;

namespace Conexa.Application.Contracts.PreviewTermination;

/// <summary>The itemised effect of terminating a contract with <paramref name="EndDate"/> as its last day of service.</summary>
public sealed record PreviewTerminationQuery(Guid ContractId, DateOnly? EndDate) : IQuery<TerminationPreviewDto>;
