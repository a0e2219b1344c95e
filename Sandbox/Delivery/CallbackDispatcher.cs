using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Conexa.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Delivery;

/// <summary>
/// Sends callback POSTs in the background and retries each one until the receiver returns a 2xx status or the
/// attempts run out. Redirects are not followed, so a 3xx counts as a failure, as at EFI.
/// </summary>
internal sealed class CallbackDispatcher : IAsyncDisposable
{
    private readonly HttpClient httpClient;
    private readonly EfiSandboxOptions options;
    private readonly SandboxFaults faults;
    private readonly ILogger<CallbackDispatcher> logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Task, byte> running = new();

    public CallbackDispatcher(IOptions<EfiSandboxOptions> options, SandboxFaults faults, ILogger<CallbackDispatcher> logger)
    {
        this.options = options.Value;
        this.faults = faults;
        this.logger = logger;
        httpClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            Timeout = this.options.DeliveryTimeout,
        };
    }

    /// <summary>
    /// Starts sending <paramref name="delivery"/> in the background and returns at once. The fault switches may
    /// drop it or send it twice.
    /// </summary>
    public void Enqueue(CallbackDelivery delivery)
    {
        if (faults.DropDeliveries)
        {
            DeliveryLog.Dropped(logger, delivery.Subject, delivery.Target.GetLeftPart(UriPartial.Path));
            return;
        }

        Start(delivery);
        if (faults.DuplicateDeliveries)
        {
            Start(delivery);
        }
    }

    private void Start(CallbackDelivery delivery)
    {
        var task = Task.Run(() => DeliverAsync(delivery, stopping.Token));
        running.TryAdd(task, 0);
        task.ContinueWith(finished => running.TryRemove(finished, out _), TaskScheduler.Default);
    }

    /// <summary>Stops retrying, waits for the deliveries in flight to end and releases the HTTP client.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await Task.WhenAll(running.Keys);
        httpClient.Dispose();
        stopping.Dispose();
    }

    private async Task DeliverAsync(CallbackDelivery delivery, CancellationToken cancellationToken)
    {
        var target = delivery.Target.GetLeftPart(UriPartial.Path);
        var maxAttempts = Math.Max(1, options.DeliveryAttempts);
        var delay = options.DeliveryRetryDelay;
        try
        {
            for (var attempt = 1; attempt <= maxAttempts; attempt++)
            {
                if (await TrySendAsync(delivery, target, attempt, maxAttempts, cancellationToken))
                {
                    DeliveryLog.Delivered(logger, delivery.Subject, target, attempt);
                    return;
                }

                if (attempt < maxAttempts)
                {
                    await Task.Delay(delay, cancellationToken);
                    delay *= 2;
                }
            }

            DeliveryLog.Abandoned(logger, delivery.Subject, target, maxAttempts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The sandbox is shutting down, and pending retries are dropped on purpose.
        }
    }

    private async Task<bool> TrySendAsync(
        CallbackDelivery delivery, string target, int attempt, int maxAttempts, CancellationToken cancellationToken)
    {
        try
        {
            using var content = delivery.CreateContent();
            using var response = await httpClient.PostAsync(delivery.Target, content, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            DeliveryLog.RejectedByReceiver(
                logger, delivery.Subject, target, attempt, maxAttempts, (int)response.StatusCode);
            return false;
        }
        catch (HttpRequestException exception)
        {
            DeliveryLog.SendFailed(logger, delivery.Subject, target, attempt, maxAttempts, exception);
            return false;
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation.
            DeliveryLog.SendFailed(logger, delivery.Subject, target, attempt, maxAttempts, exception);
            return false;
        }
    }
}
