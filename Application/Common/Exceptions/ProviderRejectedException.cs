namespace Conexa.Application.Common.Exceptions;

/// <summary>A payment provider rejected the request as invalid; retrying the same request will not help.</summary>
public sealed class ProviderRejectedException(string provider, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Provider { get; } = provider;
}
