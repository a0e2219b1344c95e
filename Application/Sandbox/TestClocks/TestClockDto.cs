namespace Conexa.Application.Sandbox.TestClocks;

/// <summary>A tenant's clock: the frozen instant in the tenant's offset, or the real instant when no test clock is set.</summary>
/// <param name="Frozen">True while a test clock is set; false when the tenant follows the real clock.</param>
/// <param name="Instant">The tenant's current instant, with the offset of its time zone at that instant.</param>
/// <param name="LocalDate">The business date of <paramref name="Instant"/> in the tenant's time zone.</param>
/// <param name="TimeZone">The tenant's IANA time zone.</param>
public sealed record TestClockDto(bool Frozen, DateTimeOffset Instant, DateOnly LocalDate, string TimeZone);

/// <summary>The clock after an advance, with what the time-driven work did on the way.</summary>
/// <param name="Frozen">Always true after an advance.</param>
/// <param name="Instant">The tenant's new instant, with the offset of its time zone.</param>
/// <param name="LocalDate">The business date of <paramref name="Instant"/> in the tenant's time zone.</param>
/// <param name="TimeZone">The tenant's IANA time zone.</param>
/// <param name="DaysRun">How many steps of at most one day the work ran for.</param>
/// <param name="ChargesCreated">Charges the billing runs created.</param>
/// <param name="ChargesOverdue">Charges that became overdue.</param>
/// <param name="MessagesDispatched">Outbox messages (e-mails, provider cancellations) handled.</param>
public sealed record TestClockAdvanceDto(
    bool Frozen,
    DateTimeOffset Instant,
    DateOnly LocalDate,
    string TimeZone,
    int DaysRun,
    int ChargesCreated,
    int ChargesOverdue,
    int MessagesDispatched);
