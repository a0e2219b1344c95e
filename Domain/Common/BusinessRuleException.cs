namespace Conexa.Domain.Common;

/// <summary>An operation broke a named business rule; <see cref="Rule"/> is a stable code for clients and tests.</summary>
public sealed class BusinessRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
