using Conexa.Application.Billing;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Billing;

/// <summary>
/// Runs the billing job, starts the payments of the charges it created, then marks overdue charges, at start and
/// then every <see cref="BillingOptions.Interval"/>.
/// </summary>
internal sealed partial class BillingRunProcessor(
    IServiceScopeFactory scopes,
    IOptions<BillingOptions> options,
    TimeProvider clock,
    ILogger<BillingRunProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var billed = await scope.ServiceProvider.GetRequiredService<BillingRunner>().RunAsync(stoppingToken);
                if (billed.ChargesCreated > 0)
                {
                    await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(stoppingToken);
                }

                await scope.ServiceProvider.GetRequiredService<OverdueRunner>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRunFailed(exception);
            }

            try
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The billing run, its payment starts or the overdue check failed; all run again after the interval")]
    private partial void LogRunFailed(Exception exception);
}
