using System.Collections.Concurrent;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Contracts;

namespace Conexa.FunctionalTests.Support;

/// <summary>Counts how often the outbox delivered each contract's ContractingCompleted event.</summary>
public sealed class RecordingContractingHandler : IDomainEventHandler<ContractingCompleted>
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public int DeliveriesOf(Guid contractId) => _deliveries.GetValueOrDefault(contractId);

    public Task HandleAsync(ContractingCompleted domainEvent, CancellationToken cancellationToken)
    {
        _deliveries.AddOrUpdate(domainEvent.ContractId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
