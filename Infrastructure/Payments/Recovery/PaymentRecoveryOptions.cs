namespace Conexa.Infrastructure.Payments.Recovery;

public sealed class PaymentRecoveryOptions
{
    public const string SectionName = "PaymentRecovery";

    /// <summary>Whether this instance retries stalled payment starts; every instance may do it at once.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
