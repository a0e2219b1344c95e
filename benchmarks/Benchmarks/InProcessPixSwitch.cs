using Conexa.Application.Common.Payments;
using Conexa.Domain.Plans;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Benchmarks;

/// <summary>
/// Lets a benchmark turn off the provider call of a Pix start: while <see cref="Enabled"/> is true, the
/// product's EFI gateway is bypassed and every Pix start returns a fixed code at once, with no HTTP call.
/// Everything around the call (queries, saving the result) still runs, so comparing a run with and without
/// it measures what the calls to the EFI sandbox cost.
/// </summary>
internal static class InProcessPixSwitch
{
    public static volatile bool Enabled;

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
                : inner.StartAsync(request, cancellationToken);

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
