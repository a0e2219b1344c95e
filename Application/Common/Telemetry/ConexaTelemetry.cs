using System.Diagnostics;
using System.Diagnostics.Metrics;
using Conexa.Domain.Plans;

namespace Conexa.Application.Common.Telemetry;

/// <summary>
/// The product's own traces and metrics, exported with the ASP.NET Core, HttpClient and runtime ones
/// through OpenTelemetry. Tags carry methods, providers and outcomes only, never personal data.
/// </summary>
public sealed class ConexaTelemetry
{
    /// <summary>Name of the activity source and of the meter.</summary>
    public const string SourceName = "Conexa";

    public static readonly ActivitySource ActivitySource = new(SourceName);

    private readonly Counter<long> _checkoutsCreated;
    private readonly Counter<long> _chargesPaid;
    private readonly Counter<long> _providerFailures;
    private readonly Counter<long> _chargesBilled;
    private readonly Counter<long> _chargesOverdue;

    public ConexaTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(SourceName);
        _checkoutsCreated = meter.CreateCounter<long>("conexa.checkouts.created", "{checkout}", "Checkouts that created a contract.");
        _chargesPaid = meter.CreateCounter<long>("conexa.charges.paid", "{charge}", "Charges confirmed as paid by their provider.");
        _providerFailures = meter.CreateCounter<long>("conexa.provider.failures", "{call}", "Provider calls that failed or timed out, leaving the charge pending.");
        _chargesBilled = meter.CreateCounter<long>("conexa.billing.charges_created", "{charge}", "Charges created by billing runs.");
        _chargesOverdue = meter.CreateCounter<long>("conexa.charges.overdue", "{charge}", "Charges that became overdue.");
    }

    public void CheckoutCreated(PaymentOption option) =>
        _checkoutsCreated.Add(1, Tag("payment.method", option.Method), Tag("payment.provider", option.Provider));

    public void ChargePaid(PaymentOption option) =>
        _chargesPaid.Add(1, Tag("payment.method", option.Method), Tag("payment.provider", option.Provider));

    public void ProviderFailed(PaymentProvider provider, string outcome) =>
        _providerFailures.Add(1, Tag("payment.provider", provider), new KeyValuePair<string, object?>("outcome", outcome));

    public void ChargesBilled(int count) => _chargesBilled.Add(count);

    public void ChargeOverdue() => _chargesOverdue.Add(1);

    private static KeyValuePair<string, object?> Tag<T>(string name, T value)
        where T : struct, Enum =>
        new(name, value.ToString().ToLowerInvariant());
}
