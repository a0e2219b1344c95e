namespace Conexa.Application.Common.Exceptions;

/// <summary>The request is valid but the record's current state does not allow it, such as resending a signed contract.</summary>
public sealed class StateConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
