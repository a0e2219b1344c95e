namespace Conexa.Application.Common.Interfaces;

/// <summary>Hands every outbox message that is due to its handlers now, instead of waiting for the background processor.</summary>
public interface IOutboxDrain
{
    /// <summary>Dispatches batches until none is left that is due; returns how many messages were handled.</summary>
    Task<int> DrainAsync(CancellationToken cancellationToken);
}
