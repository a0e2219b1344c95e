using System.Diagnostics;
using Conexa.Application.Common.Payments;
using Conexa.Domain.Plans;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Benchmarks;

/// <summary>
/// Lets a benchmark turn off the provider call of a Pix start: while <see cref="Enabled"/> is true, the
/// product's EFI gateway is bypassed and every Pix start returns a fixed code at once, with no HTTP call.
/// Everything around the call (queries, saving the result) still runs, so comparing a run with and without
/// it measures what the calls to the EFI sandbox cost. While it is off, the duration of each Pix start (the
/// gateway's account lookup and its call to the sandbox) is kept for <see cref="TakeStartTimes"/>.
/// </summary>
internal static class InProcessPixSwitch
{
    public static volatile bool Enabled;

    private static readonly List<double> StartMilliseconds = [];

    /// <summary>Returns the median and mean duration of the Pix starts timed since the last call, in milliseconds, and starts counting again.</summary>
    public static (double Median, double Mean) TakeStartTimes()
    {
        double[] times;
        lock (StartMilliseconds)
        {
            times = [.. StartMilliseconds];
            StartMilliseconds.Clear();
        }

        return times.Length == 0 ? (0, 0) : (Statistics.Median(times), times.Average());
    }

    /// <summary>Wraps each registered payment gateway once the product has added its services.</summary>
    public static void Install(WebApplicationBuilder builder) =>
        builder.Host.UseServiceProviderFactory(new EditingServiceProviderFactory(services =>
        {
            foreach (var original in services.Where(d => d.ServiceType == typeof(IPaymentGateway)).ToList())
            {
                services.Remove(original);
                services.AddScoped<IPaymentGateway>(sp => new SwitchableGateway((IPaymentGateway)original.ImplementationFactory!(sp)));
            }
        }));

    private sealed class SwitchableGateway(IPaymentGateway inner) : IPaymentGateway
    {
        public PaymentProvider Provider => inner.Provider;

        public Task<PaymentStartResult> StartAsync(PaymentStartRequest request, CancellationToken cancellationToken) =>
            Enabled && request.Method == PaymentMethod.Pix && inner.Provider == PaymentProvider.Efi
                ? Task.FromResult(new PaymentStartResult(PaymentStartOutcome.PixIssued, request.Reference, "00020101021226benchmark"))
                : TimedStartAsync(request, cancellationToken);

        private async Task<PaymentStartResult> TimedStartAsync(PaymentStartRequest request, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await inner.StartAsync(request, cancellationToken);
            if (request.Method == PaymentMethod.Pix)
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (StartMilliseconds)
                {
                    StartMilliseconds.Add(elapsed);
                }
            }

            return result;
        }

        public Task CancelAsync(Guid? tenantId, PaymentMethod method, string providerChargeId, CancellationToken cancellationToken) =>
            inner.CancelAsync(tenantId, method, providerChargeId, cancellationToken);
    }

    /// <summary>Edits the service collection after every registration, just before the container is built.</summary>
    private sealed class EditingServiceProviderFactory(Action<IServiceCollection> edit) : IServiceProviderFactory<IServiceCollection>
    {
        public IServiceCollection CreateBuilder(IServiceCollection services)
        {
            edit(services);
            return services;
        }

        public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) =>
            new DefaultServiceProviderFactory().CreateServiceProvider(containerBuilder);
    }
}
