using System.Globalization;
using System.Text.Json.Nodes;

namespace Conexa.Sandbox.Inter;

/// <summary>One boleto of the Inter sandbox. The store's lock guards every change.</summary>
internal sealed class InterChargeRecord
{
    public required string CodigoSolicitacao { get; init; }

    public required string SeuNumero { get; init; }

    public required decimal ValorNominal { get; init; }

    public required DateOnly DataVencimento { get; init; }

    public required DateOnly DataEmissao { get; init; }

    public required int NumDiasAgenda { get; init; }

    /// <summary>The payer object as received.</summary>
    public required JsonObject Pagador { get; init; }

    public string Situacao { get; set; } = InterSituacao.Processing;

    public DateTimeOffset DataHoraSituacao { get; set; }

    public decimal? ValorTotalRecebido { get; set; }

    public string? OrigemRecebimento { get; set; }

    public string? MotivoCancelamento { get; set; }

    public string? NossoNumero { get; set; }

    public string? CodigoBarras { get; set; }

    public string? LinhaDigitavel { get; set; }

    public string? Txid { get; set; }

    public string? PixCopiaECola { get; set; }

    public bool IsPayable => Situacao is InterSituacao.Open or InterSituacao.Overdue;

    /// <summary>Returns the body of GET /cobranca/v3/cobrancas/{codigoSolicitacao}.</summary>
    public JsonObject ToJson(TimeSpan brasiliaOffset) => new()
    {
        ["cobranca"] = new JsonObject
        {
            ["codigoSolicitacao"] = CodigoSolicitacao,
            ["seuNumero"] = SeuNumero,
            ["dataEmissao"] = Date(DataEmissao),
            ["dataVencimento"] = Date(DataVencimento),
            ["valorNominal"] = ValorNominal,
            ["tipoCobranca"] = "SIMPLES",
            ["situacao"] = Situacao,
            ["dataSituacao"] = Date(DateOnly.FromDateTime(DataHoraSituacao.ToOffset(brasiliaOffset).DateTime)),
            ["valorTotalRecebido"] = ValorTotalRecebido,
            ["origemRecebimento"] = OrigemRecebimento,
            ["motivoCancelamento"] = MotivoCancelamento,
            ["arquivada"] = false,
            ["descontos"] = new JsonArray(),
            ["pagador"] = Pagador.DeepClone(),
        },
        ["boleto"] = new JsonObject
        {
            ["nossoNumero"] = NossoNumero,
            ["codigoBarras"] = CodigoBarras,
            ["linhaDigitavel"] = LinhaDigitavel,
        },
        ["pix"] = new JsonObject
        {
            ["txid"] = Txid,
            ["pixCopiaECola"] = PixCopiaECola,
        },
    };

    /// <summary>Returns one item of a webhook delivery array.</summary>
    public JsonObject ToWebhookItem(TimeSpan brasiliaOffset) => new()
    {
        ["codigoSolicitacao"] = CodigoSolicitacao,
        ["seuNumero"] = SeuNumero,
        ["situacao"] = Situacao,
        ["dataHoraSituacao"] = DataHoraSituacao.ToOffset(brasiliaOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["valorTotalRecebido"] = ValorTotalRecebido,
        ["origemRecebimento"] = OrigemRecebimento,
        ["nossoNumero"] = NossoNumero,
        ["codigoBarras"] = CodigoBarras,
        ["linhaDigitavel"] = LinhaDigitavel,
        ["txid"] = Txid,
        ["pixCopiaECola"] = PixCopiaECola,
    };

    public SandboxInterCharge ToSnapshot() =>
        new(CodigoSolicitacao, SeuNumero, ValorNominal, DataVencimento, Situacao, LinhaDigitavel, PixCopiaECola, Pagador["cpfCnpj"]?.GetValue<string>(), Pagador["nome"]?.GetValue<string>(), Pagador["endereco"]?.GetValue<string>());

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Inter's situacao values that the sandbox uses.</summary>
internal static class InterSituacao
{
    public const string Processing = "EM_PROCESSAMENTO";
    public const string Open = "A_RECEBER";
    public const string Overdue = "ATRASADO";
    public const string Received = "RECEBIDO";
    public const string Cancelled = "CANCELADO";
    public const string Expired = "EXPIRADO";
    public const string IssueFailed = "FALHA_EMISSAO";
}
