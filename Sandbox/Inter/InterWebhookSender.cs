using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Inter;

/// <summary>
/// Posts the Inter sandbox's webhook deliveries: changes close together go out as one JSON array, each POST
/// is retried until the receiver returns 2xx or the attempts run out, and every attempt is kept for the
/// /callbacks log. Deliveries run one at a time, in the order the changes happened unless
/// <see cref="InterFaultSwitches.OutOfOrderDeliveries"/> is on.
/// </summary>
internal sealed partial class InterWebhookSender : IAsyncDisposable
{
    private readonly Channel<(string CodigoSolicitacao, JsonObject Item)> queue =
        Channel.CreateUnbounded<(string, JsonObject)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly HttpClient httpClient = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<InterCallbackAttempt> attempts = [];
    private readonly InterSandboxOptions options;
    private readonly InterFaultSwitches faults;
    private readonly TimeProvider clock;
    private readonly ILogger<InterWebhookSender> logger;
    private readonly Task loop;
    private (Uri Url, DateTimeOffset CreatedAt)? registration;

    public InterWebhookSender(IOptions<InterSandboxOptions> options, InterFaultSwitches faults, TimeProvider clock, ILogger<InterWebhookSender> logger)
    {
        this.options = options.Value;
        this.faults = faults;
        this.clock = clock;
        this.logger = logger;
        loop = Task.Run(() => RunAsync(stopping.Token));
    }

    public (Uri Url, DateTimeOffset CreatedAt)? Registration
    {
        get
        {
            lock (gate)
            {
                return registration;
            }
        }
    }

    public void Register(Uri url)
    {
        lock (gate)
        {
            registration = (url, clock.GetUtcNow());
        }
    }

    public void Unregister()
    {
        lock (gate)
        {
            registration = null;
        }
    }

    public void Enqueue(string codigoSolicitacao, JsonObject item) => queue.Writer.TryWrite((codigoSolicitacao, item));

    /// <summary>Returns the attempts made between the two instants, for one boleto when given, oldest first.</summary>
    public IReadOnlyList<InterCallbackAttempt> Attempts(DateTimeOffset from, DateTimeOffset to, string? codigoSolicitacao)
    {
        lock (gate)
        {
            return attempts
                .Where(a => a.SentAt >= from && a.SentAt <= to)
                .Where(a => codigoSolicitacao is null || a.CodigosSolicitacao.Contains(codigoSolicitacao, StringComparer.OrdinalIgnoreCase))
                .ToList();
        }
    }

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
            // Pending deliveries are dropped when the sandbox stops.
        }

        httpClient.Dispose();
        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await queue.Reader.WaitToReadAsync(cancellationToken))
        {
            await Task.Delay(options.DeliveryBatchWindow, cancellationToken);
            var batch = new List<(string CodigoSolicitacao, JsonObject Item)>();
            while (queue.Reader.TryRead(out var change))
            {
                batch.Add(change);
            }

            var target = Registration?.Url;
            if (target is null || batch.Count == 0 || faults.DropDeliveries)
            {
                continue;
            }

            if (faults.OutOfOrderDeliveries)
            {
                batch.Reverse();
            }

            var items = faults.DuplicateDeliveries ? batch.SelectMany(change => new[] { change, change }).ToList() : batch;
            var sends = faults.DuplicateDeliveries ? 2 : 1;
            for (var send = 0; send < sends; send++)
            {
                await DeliverAsync(target, items, cancellationToken);
            }
        }
    }

    private async Task DeliverAsync(Uri target, List<(string CodigoSolicitacao, JsonObject Item)> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.CodigoSolicitacao).Distinct().ToList();
        var delay = options.DeliveryRetryDelay;
        var maxAttempts = Math.Max(1, options.DeliveryAttempts);
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var payload = new JsonArray(items.Select(i => (JsonNode)i.Item.DeepClone()).ToArray());
            var sentAt = clock.GetUtcNow();
            int? status = null;
            string? error = null;
            try
            {
                using var response = await httpClient.PostAsJsonAsync(target, payload, cancellationToken);
                status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode)
                {
                    error = $"The receiver answered HTTP {status}.";
                }
            }
            catch (HttpRequestException exception)
            {
                error = exception.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = "The receiver did not answer in time.";
            }

            Record(new InterCallbackAttempt(target, attempt, sentAt, error is null, status, error, ids, payload));
            if (error is null)
            {
                return;
            }

            LogAttemptFailed(string.Join(',', ids), attempt, maxAttempts, error);
            if (attempt < maxAttempts)
            {
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }
    }

    private void Record(InterCallbackAttempt attempt)
    {
        lock (gate)
        {
            attempts.Add(attempt);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inter sandbox webhook for {CodigosSolicitacao} failed (attempt {Attempt} of {MaxAttempts}): {Error}")]
    private partial void LogAttemptFailed(string codigosSolicitacao, int attempt, int maxAttempts, string error);
}

/// <summary>One POST of a webhook delivery, as listed by GET /cobranca/v3/cobrancas/webhook/callbacks.</summary>
internal sealed record InterCallbackAttempt(
    Uri WebhookUrl,
    int NumeroTentativa,
    DateTimeOffset SentAt,
    bool Sucesso,
    int? HttpStatus,
    string? MensagemErro,
    IReadOnlyList<string> CodigosSolicitacao,
    JsonArray Payload)
{
    public JsonObject ToJson() => new()
    {
        ["webhookUrl"] = WebhookUrl.ToString(),
        ["numeroTentativa"] = NumeroTentativa,
        ["dataHoraDisparo"] = SentAt.ToOffset(InterChargeStore.BrasiliaOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["sucesso"] = Sucesso,
        ["httpStatus"] = HttpStatus,
        ["mensagemErro"] = MensagemErro,
        ["payload"] = Payload.DeepClone(),
    };
}
