using Mediator;

namespace Conexa.Application.Contracts.GetContract;

public sealed record GetContractQuery(Guid ContractId) : IQuery<ContractDto>;
