using Conexa.Domain.Common;

using Conexa.Domain.Plans;

namespace Conexa.Domain.Tenants;

/// <summary>An operator (coworking, business centre) with its own plans, customers and settings.</summary>
public sealed class Tenant : Entity
{
    public const string DefaultTimeZoneId = "America/Sao_Paulo";
    public const int DefaultBoletoDueDays = 3;
    public const int DefaultWriteOffDays = 30;

    private Tenant(Guid id, string name, SubscriptionTier tier, string timeZoneId, string mainEmail)
        : base(id)
    {
        Name = name;
        Tier = tier;
        TimeZoneId = timeZoneId;
        MainEmail = mainEmail;
    }

    public string Name { get; private set; }

    public SubscriptionTier Tier { get; private set; }

    /// <summary>IANA time zone in which the tenant's business dates are counted.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>Fallback address for notifications when a unit has none.</summary>
    public string MainEmail { get; private set; }

    /// <summary>Days between contracting and the first charge's due date when paying by boleto.</summary>
    public int BoletoDueDays { get; private set; } = DefaultBoletoDueDays;

    /// <summary>Days after its due date that an unpaid charge stays payable before it is written off.</summary>
    public int WriteOffDays { get; private set; } = DefaultWriteOffDays;

    /// <summary>
    /// The frozen instant of the tenant's sandbox test clock, in UTC; null while the tenant follows the real clock.
    /// Only hosts running the sandboxes let anyone set it.
    /// </summary>
    public DateTimeOffset? TestClockInstant { get; private set; }

    /// <summary>Whether each new contract is sent for e-signature right after contracting, when the integration is configured.</summary>
    public bool SendsContractsForSignature { get; private set; }

    /// <summary>
    /// Bytes of checkout attachments the tenant may store; null uses the host's default
    /// (Attachments:DefaultQuotaBytes). The "unlimited files" module lifts it.
    /// </summary>
    public long? StorageQuotaBytes { get; private set; }

    /// <summary>Whether the optional "unlimited files" module is on, so attachments no longer count against a quota.</summary>
    public bool HasUnlimitedFiles { get; private set; }

    public bool OffersOnlineContracting => Tier is SubscriptionTier.Pro or SubscriptionTier.Prime;

    public static Tenant Create(string name, SubscriptionTier tier, string mainEmail, string timeZoneId = DefaultTimeZoneId)
    {
        _ = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return new Tenant(TimeOrderedId.New(), Guard.NotBlank(name, nameof(name)), tier, timeZoneId, Guard.NotBlank(mainEmail, nameof(mainEmail)));
    }

    /// <summary>Returns the calendar date of <paramref name="instant"/> in the tenant's time zone.</summary>
    public DateOnly LocalDate(DateTimeOffset instant)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>
    /// Returns the due date of a boleto issued at <paramref name="instant"/>: the tenant's boleto days after that day
    /// in its time zone, so the customer has time to pay it.
    /// </summary>
    public DateOnly BoletoDueDate(DateTimeOffset instant) => LocalDate(instant).AddDays(BoletoDueDays);

    /// <summary>
    /// Returns the earliest due date of a charge made at <paramref name="instant"/> for a period that fell due earlier,
    /// such as one a termination or a late activation bills: that day for a card on file, and the boleto days after
    /// it for a Pix code or boleto, which reach the customer by e-mail and would otherwise be overdue at once.
    /// </summary>
    public DateOnly EarliestDueDate(PaymentMethod method, DateTimeOffset instant) =>
        method == PaymentMethod.Card ? LocalDate(instant) : BoletoDueDate(instant);

    /// <summary>Returns the instant at which <paramref name="date"/> begins in the tenant's time zone.</summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Returns the tenant's current instant: its test clock when set, otherwise the real clock.</summary>
    public DateTimeOffset Now(TimeProvider clock) => TestClockInstant ?? clock.GetUtcNow();

    /// <summary>Freezes the tenant's clock at <paramref name="instant"/>; a clock already set never moves backwards.</summary>
    public void SetTestClock(DateTimeOffset instant)
    {
        EnsureNotBackwards(instant);
        TestClockInstant = instant.ToUniversalTime();
    }

    /// <summary>Moves a set test clock forward to <paramref name="instant"/>.</summary>
    public void AdvanceTestClock(DateTimeOffset instant)
    {
        EnsureCanAdvanceTo(instant);
        TestClockInstant = instant.ToUniversalTime();
    }

    /// <summary>Checks that a test clock is set and that <paramref name="instant"/> is not before it; returns the clock's instant.</summary>
    public DateTimeOffset EnsureCanAdvanceTo(DateTimeOffset instant)
    {
        var current = TestClockInstant
            ?? throw new BusinessRuleException("test-clock-not-set", "A empresa não tem relógio de teste. Defina um com POST /api/sandbox/test-clock antes de avançá-lo.");
        EnsureNotBackwards(instant);
        return current;
    }

    /// <summary>Accepts the online contracting offer ("Quero esta oferta"): a LIGHT tenant moves to PRO.</summary>
    public void AcceptOnlineContractingOffer()
    {
        if (Tier == SubscriptionTier.Light)
        {
            Tier = SubscriptionTier.Pro;
        }
    }

    /// <summary>Switches on the "unlimited files" module; returns false when it was already on.</summary>
    public bool EnableUnlimitedFiles()
    {
        if (HasUnlimitedFiles)
        {
            return false;
        }

        HasUnlimitedFiles = true;
        return true;
    }

    /// <summary>Sets the tenant's own storage quota in bytes, or null for the host's default.</summary>
    public void SetStorageQuota(long? bytes)
    {
        if (bytes is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
        }

        StorageQuotaBytes = bytes;
    }

    private void EnsureNotBackwards(DateTimeOffset instant)
    {
        if (TestClockInstant is { } current && instant < current)
        {
            throw new BusinessRuleException(
                "test-clock-backwards",
                $"O relógio de teste está em {TimeZoneInfo.ConvertTime(current, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)} e nunca volta no tempo. Escolha um instante posterior.");
        }
    }

    public void SetSendsContractsForSignature(bool enabled) => SendsContractsForSignature = enabled;

    public void SetBoletoDueDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 60);
        BoletoDueDays = days;
    }
}
