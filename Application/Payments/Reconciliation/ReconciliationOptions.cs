namespace Conexa.Application.Payments.Reconciliation;

public sealed class ReconciliationOptions
{
    public const string SectionName = "Reconciliation";

    /// <summary>Whether this instance runs the reconciliation job. Several instances may run it at once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Maximum number of charges read from the provider in one run, earliest due date first.</summary>
    public int BatchSize { get; set; } = 200;
}
