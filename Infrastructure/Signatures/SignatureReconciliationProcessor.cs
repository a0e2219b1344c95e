using Conexa.Application.Signatures.Reconcile;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Signatures;

/// <summary>Runs the signature reconciliation every <see cref="SignatureOptions.ReconciliationInterval"/>, starting one interval after start-up.</summary>
internal sealed partial class SignatureReconciliationProcessor(
    IServiceScopeFactory scopes,
    IOptions<SignatureOptions> options,
    TimeProvider clock,
    ILogger<SignatureReconciliationProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReconciliationEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ReconciliationInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SignatureReconciler>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRunFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The signature reconciliation failed and runs again after the interval")]
    private partial void LogRunFailed(Exception exception);
}
