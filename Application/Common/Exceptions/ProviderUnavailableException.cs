namespace Conexa.Application.Common.Exceptions;

/// <summary>A payment provider could not be reached or failed; the records stay pending and the call can be retried.</summary>
public sealed class ProviderUnavailableException(string provider, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Provider { get; } = provider;

    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}
