using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Outbox;

/// <summary>
/// Runs the outbox dispatcher in the background, polling while there is nothing to do. Recent events wait while
/// the instance serves requests (see <see cref="OutboxDeferral"/>).
/// </summary>
internal sealed partial class OutboxProcessor(
    OutboxDispatcher dispatcher,
    OutboxDeferral deferral,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await dispatcher.DispatchPendingAsync(deferral, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogDispatchFailed(exception);
            }

            if (handled == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatch failed; retrying after the poll interval")]
    private partial void LogDispatchFailed(Exception exception);
}
