using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Conexa.Application.Common.Telemetry;
using Conexa.FunctionalTests.Support;

namespace Conexa.FunctionalTests.Hosting;

/// <summary>Listens, in the test process, to the meter and activity source the API exports through OpenTelemetry.</summary>
public sealed class TelemetryTests
{
    [Test]
    public async Task Checkout_CountsAndTracesThePayment()
    {
        var measurements = new ConcurrentBag<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ConexaTelemetry.SourceName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meterListener.Start();

        var activities = new ConcurrentBag<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ConexaTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(activityListener);

        var plan = await TestPlans.CreateAsync();
        var response = await CheckoutApi.SubmitAsync(plan.LinkToken, CheckoutApi.PersonBody("pix"), Guid.NewGuid().ToString());
        var checkout = await CheckoutApi.ReadJsonAsync(response);
        var chargeId = await ApiServer.QueryAsync(async db =>
            (await db.Checkouts.FindAsync(Guid.Parse(checkout["checkoutId"]!.GetValue<string>())))!.ChargeId);

        var created = measurements.Where(m => m.Instrument == "conexa.checkouts.created").ToList();
        var paymentStart = activities.SingleOrDefault(a => a.OperationName == "payment.start" && Equals(a.GetTagItem("charge.id"), chargeId));
        Assert.That(created, Is.Not.Empty);
        Assert.That(created.Any(m => Equals(m.Tags["payment.method"], "pix") && Equals(m.Tags["payment.provider"], "efi")), Is.True);
        Assert.That(paymentStart, Is.Not.Null);
        Assert.That(paymentStart!.GetTagItem("payment.provider"), Is.EqualTo("efi"));
    }
}
