using System.Text.Json.Nodes;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Validated body of PUT /v2/cob/{txid}.
/// </summary>
/// <param name="Expiracao">Lifetime of the cob in seconds, counted from its creation.</param>
/// <param name="Devedor">devedor as sent, or null.</param>
/// <param name="ValorOriginal">valor.original as sent, such as "123.45".</param>
/// <param name="Amount">valor.original as a number, in reais.</param>
/// <param name="Chave">Pix key of the receiver.</param>
/// <param name="SolicitacaoPagador">Text shown to the payer, or null.</param>
/// <param name="InfoAdicionais">infoAdicionais as sent, or null.</param>
internal sealed record CobRequest(
    long Expiracao,
    JsonObject? Devedor,
    string ValorOriginal,
    decimal Amount,
    string Chave,
    string? SolicitacaoPagador,
    JsonArray? InfoAdicionais);
