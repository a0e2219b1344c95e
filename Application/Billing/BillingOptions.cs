namespace Conexa.Application.Billing;

public sealed class BillingOptions
{
    public const string SectionName = "Billing";

    /// <summary>Days before its due date that a period's charge is created and sent to the provider.</summary>
    public int LeadDays { get; set; } = 5;

    /// <summary>Contracts billed in one transaction. A batch that another instance billed first is billed again contract by contract.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Whether this instance runs the billing job; every instance may run it at once.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
