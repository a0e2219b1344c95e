namespace Conexa.Application.Common.Exceptions;

/// <summary>The request conflicts with the current state, such as an idempotency key reused for another request.</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
