using Mediator;

namespace Conexa.Application.Contracts.CancelContract;

/// <summary>Cancels, at the operator's request, a contracting that still awaits its first payment. Returns how many charges it cancelled.</summary>
public sealed record CancelContractCommand(Guid ContractId) : ICommand<int>;
