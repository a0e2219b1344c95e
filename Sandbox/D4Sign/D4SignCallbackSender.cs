using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.D4Sign;

/// <summary>
/// Posts callbacks one at a time, in the order they were queued, as form data with a Content-Hmac header.
/// A failed post is tried again after 200 ms, then twice as long each time, up to the configured attempts.
/// </summary>
internal sealed partial class D4SignCallbackSender : IAsyncDisposable
{
    private readonly Channel<D4SignCallback> queue = Channel.CreateUnbounded<D4SignCallback>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource stopping = new();
    private readonly D4SignSandboxOptions options;
    private readonly D4SignFaults faults;
    private readonly ILogger<D4SignCallbackSender> logger;
    private readonly Task loop;
    private int pending;

    public D4SignCallbackSender(IOptions<D4SignSandboxOptions> options, D4SignFaults faults, ILogger<D4SignCallbackSender> logger)
    {
        this.options = options.Value;
        this.faults = faults;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Number of callbacks queued or being posted.</summary>
    public int Pending => Volatile.Read(ref pending);

    public void Enqueue(IEnumerable<D4SignCallback> callbacks)
    {
        foreach (var callback in callbacks)
        {
            if (faults.DropDeliveries)
            {
                continue;
            }

            var copies = faults.DuplicateDeliveries ? 2 : 1;
            for (var i = 0; i < copies; i++)
            {
                Interlocked.Increment(ref pending);
                queue.Writer.TryWrite(callback);
            }
        }
    }

    /// <summary>Returns the Content-Hmac value of a document: "sha256=" and the lowercase hex HMAC-SHA256 of its UUID.</summary>
    public static string Signature(string secret, string uuid) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(uuid)));

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await stopping.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping drops the callbacks still queued.
        }

        http.Dispose();
        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        await foreach (var callback in queue.Reader.ReadAllAsync(stopping.Token))
        {
            try
            {
                await DeliverAsync(callback, stopping.Token);
            }
            finally
            {
                Interlocked.Decrement(ref pending);
            }
        }
    }

    private async Task DeliverAsync(D4SignCallback callback, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; attempt <= options.DeliveryAttempts; attempt++)
        {
            try
            {
                using var response = await http.SendAsync(Build(callback), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                LogAttemptFailed(callback.Uuid, callback.TypePost, attempt, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (HttpRequestException exception)
            {
                LogAttemptFailed(callback.Uuid, callback.TypePost, attempt, exception.Message);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                LogAttemptFailed(callback.Uuid, callback.TypePost, attempt, "timed out");
            }

            if (attempt < options.DeliveryAttempts)
            {
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }
    }

    private HttpRequestMessage Build(D4SignCallback callback)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("uuid", callback.Uuid),
            new("type_post", callback.TypePost),
            new("message", callback.Message),
        };
        if (callback.Email is not null)
        {
            fields.Add(new("email", callback.Email));
        }

        var secret = faults.ForgeSignature ? "forged-" + options.HmacSecret : options.HmacSecret;
        var request = new HttpRequestMessage(HttpMethod.Post, callback.Url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.TryAddWithoutValidation("Content-Hmac", Signature(secret, callback.Uuid));
        return request;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "D4Sign sandbox callback of document {Uuid} (type_post {TypePost}) failed on attempt {Attempt}: {Reason}")]
    private partial void LogAttemptFailed(string uuid, string typePost, int attempt, string reason);
}
