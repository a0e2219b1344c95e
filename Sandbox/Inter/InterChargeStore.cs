using System.Globalization;
using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Inter;

/// <summary>Outcome of a trigger or cancel request on an Inter sandbox boleto.</summary>
internal enum InterTransition
{
    Done,
    NotFound,
    NotAllowed,
}

/// <summary>
/// The Inter sandbox's boletos in memory. Each change of situacao is queued for the webhook, and a new boleto
/// becomes A_RECEBER after <see cref="InterSandboxOptions.ProcessingDelay"/>.
/// </summary>
internal sealed class InterChargeStore(
    IOptions<InterSandboxOptions> options,
    TimeProvider clock,
    InterWebhookSender webhook,
    SandboxAddress address)
{
    public static readonly TimeSpan BrasiliaOffset = TimeSpan.FromHours(-3);

    private readonly Lock gate = new();
    private readonly List<InterChargeRecord> records = [];
    private long nextNossoNumero = 10_000_001;

    public DateOnly BrasiliaToday => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(BrasiliaOffset).DateTime);

    /// <summary>Stores a new boleto in EM_PROCESSAMENTO and schedules its registration.</summary>
    public InterChargeRecord Add(string seuNumero, decimal valorNominal, DateOnly dataVencimento, int numDiasAgenda, JsonObject pagador)
    {
        var record = new InterChargeRecord
        {
            CodigoSolicitacao = Guid.NewGuid().ToString(),
            SeuNumero = seuNumero,
            ValorNominal = valorNominal,
            DataVencimento = dataVencimento,
            DataEmissao = BrasiliaToday,
            NumDiasAgenda = numDiasAgenda,
            Pagador = pagador,
            DataHoraSituacao = clock.GetUtcNow(),
        };
        lock (gate)
        {
            records.Add(record);
        }

        _ = CompleteIssueLaterAsync(record.CodigoSolicitacao);
        return record;
    }

    public JsonObject? Read(string codigoSolicitacao)
    {
        lock (gate)
        {
            return Find(codigoSolicitacao)?.ToJson(BrasiliaOffset);
        }
    }

    /// <summary>Returns the boletos issued between the two dates (dataEmissao), filtered by seuNumero and situacao when given.</summary>
    public List<JsonObject> List(DateOnly from, DateOnly to, string? seuNumero, string? situacao)
    {
        lock (gate)
        {
            return records
                .Where(r => r.DataEmissao >= from && r.DataEmissao <= to)
                .Where(r => seuNumero is null || r.SeuNumero == seuNumero)
                .Where(r => situacao is null || r.Situacao == situacao)
                .Select(r => r.ToJson(BrasiliaOffset))
                .ToList();
        }
    }

    public IReadOnlyList<SandboxInterCharge> Snapshot()
    {
        lock (gate)
        {
            return records.Select(r => r.ToSnapshot()).ToList();
        }
    }

    public string? Situacao(string codigoSolicitacao)
    {
        lock (gate)
        {
            return Find(codigoSolicitacao)?.Situacao;
        }
    }

    /// <summary>Registers the boleto at once: A_RECEBER with its barcode, line and Pix code.</summary>
    public InterTransition CompleteIssue(string codigoSolicitacao) =>
        Change(codigoSolicitacao, r => r.Situacao == InterSituacao.Processing, r =>
        {
            var nossoNumero = Interlocked.Increment(ref nextNossoNumero).ToString("D11", CultureInfo.InvariantCulture);
            var (barcode, line) = BoletoNumbers.Create(BoletoNumbers.InterBank, nossoNumero, r.ValorNominal, r.DataVencimento);
            r.NossoNumero = nossoNumero;
            r.CodigoBarras = barcode;
            r.LinhaDigitavel = line;
            r.Txid = r.CodigoSolicitacao.Replace("-", string.Empty, StringComparison.Ordinal);
            r.PixCopiaECola = PixBrCode.Build($"{address.Authority}/inter/pix/{r.Txid}", r.ValorNominal, "CONEXA SANDBOX", "SAO PAULO");
            r.Situacao = InterSituacao.Open;
        });

    /// <summary>Marks the boleto paid through <paramref name="origem"/> (BOLETO or PIX).</summary>
    public InterTransition Pay(string codigoSolicitacao, string origem) =>
        Change(codigoSolicitacao, r => r.IsPayable, r =>
        {
            r.Situacao = InterSituacao.Received;
            r.ValorTotalRecebido = r.ValorNominal;
            r.OrigemRecebimento = origem;
        });

    public InterTransition MarkOverdue(string codigoSolicitacao) =>
        Change(codigoSolicitacao, r => r.Situacao == InterSituacao.Open, r => r.Situacao = InterSituacao.Overdue);

    /// <summary>Writes the boleto off, as Inter does numDiasAgenda days after its due date.</summary>
    public InterTransition Expire(string codigoSolicitacao) =>
        Change(codigoSolicitacao, r => r.IsPayable, r => r.Situacao = InterSituacao.Expired);

    public InterTransition Cancel(string codigoSolicitacao, string motivo) =>
        Change(codigoSolicitacao, r => r.IsPayable, r =>
        {
            r.Situacao = InterSituacao.Cancelled;
            r.MotivoCancelamento = motivo;
        });

    /// <summary>Makes a boleto still being registered fail (FALHA_EMISSAO).</summary>
    public InterTransition FailIssue(string codigoSolicitacao) =>
        Change(codigoSolicitacao, r => r.Situacao == InterSituacao.Processing, r => r.Situacao = InterSituacao.IssueFailed);

    private InterTransition Change(string codigoSolicitacao, Func<InterChargeRecord, bool> allowed, Action<InterChargeRecord> apply)
    {
        JsonObject item;
        lock (gate)
        {
            var record = Find(codigoSolicitacao);
            if (record is null)
            {
                return InterTransition.NotFound;
            }

            if (!allowed(record))
            {
                return InterTransition.NotAllowed;
            }

            apply(record);
            record.DataHoraSituacao = clock.GetUtcNow();
            item = record.ToWebhookItem(BrasiliaOffset);
        }

        webhook.Enqueue(codigoSolicitacao, item);
        return InterTransition.Done;
    }

    private async Task CompleteIssueLaterAsync(string codigoSolicitacao)
    {
        var delay = options.Value.ProcessingDelay;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }

        CompleteIssue(codigoSolicitacao);
    }

    private InterChargeRecord? Find(string codigoSolicitacao) =>
        records.Find(r => string.Equals(r.CodigoSolicitacao, codigoSolicitacao, StringComparison.OrdinalIgnoreCase));
}
