using Mediator;

namespace Conexa.Application.Contracts.CancelContract;

/// <summary>
/// Cancels, at the operator's request, a contracting that still awaits its first payment. <paramref name="Reason"/>,
/// optional, is written to the contract's history. Returns how many charges it cancelled.
/// </summary>
public sealed record CancelContractCommand(Guid ContractId, string? Reason) : ICommand<int>;
