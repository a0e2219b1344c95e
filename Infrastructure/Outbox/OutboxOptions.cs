namespace Conexa.Infrastructure.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Whether this instance runs the outbox processor; every instance may run it at once.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed message stays reserved for the processor that claimed it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long the instance must serve no HTTP request before the background processor handles events younger
    /// than <see cref="MaxDeferral"/>, so e-mail work does not compete with customers' requests for the CPU and the
    /// database's single writer.
    /// </summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// The maximum time the background processor defers an event while requests keep arriving. Older events are
    /// handled at once, and zero turns the deferral off.
    /// </summary>
    public TimeSpan MaxDeferral { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts after which a failing message is left for a person to look at.</summary>
    public int MaxAttempts { get; set; } = 10;
}
