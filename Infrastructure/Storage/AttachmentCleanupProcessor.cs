using Conexa.Application.Attachments.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Storage;

/// <summary>Runs <see cref="AttachmentCleanup"/> every <see cref="AttachmentOptions.CleanupInterval"/>.</summary>
internal sealed partial class AttachmentCleanupProcessor(
    IServiceScopeFactory scopes,
    IOptions<AttachmentOptions> options,
    ILogger<AttachmentCleanupProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CleanupEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The real clock paces the job, because a test clock frozen in a test would stop it.
                await Task.Delay(options.Value.CleanupInterval, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AttachmentCleanup>().RunAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting expired uploads failed, so it runs again after the interval")]
    private partial void LogRunFailed(Exception exception);
}
