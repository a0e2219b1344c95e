namespace Conexa.Domain.Plans;

/// <summary>An allowance included each month, such as 10 hours of meeting room.</summary>
public sealed record PlanQuota(string Resource, decimal Amount, string Unit);
