namespace Conexa.Domain.Contracts;

/// <summary>A quota allowance of one billing period, copied from the plan when the period begins.</summary>
public sealed record ContractQuota(DateOnly PeriodStart, DateOnly PeriodEnd, string Resource, decimal Amount, string Unit);
