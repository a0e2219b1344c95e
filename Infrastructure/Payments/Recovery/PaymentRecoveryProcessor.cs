using Conexa.Application.Payments.RecoverPaymentStarts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Payments.Recovery;

/// <summary>Runs <see cref="PaymentStartRecovery"/> every <see cref="PaymentRecoveryOptions.Interval"/>.</summary>
internal sealed partial class PaymentRecoveryProcessor(
    IServiceScopeFactory scopes,
    IOptions<PaymentRecoveryOptions> options,
    TimeProvider clock,
    ILogger<PaymentRecoveryProcessor> logger) : BackgroundService
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
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PaymentStartRecovery>().RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRunFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retrying stalled payment starts failed; it runs again after the interval")]
    private partial void LogRunFailed(Exception exception);
}
