namespace Conexa.Sandbox;

/// <summary>
/// Snapshot of one Pix immediate charge (cob), as stored by the sandbox.
/// </summary>
/// <param name="Txid">Transaction id chosen by the caller.</param>
/// <param name="Status">Pix status: "ATIVA", "CONCLUIDA" or "REMOVIDA_PELO_USUARIO_RECEBEDOR".</param>
/// <param name="ValorOriginal">valor.original as sent, a decimal string such as "123.45".</param>
/// <param name="LocId">Id of the cob's location (loc.id).</param>
/// <param name="PixCopiaECola">BR Code text of the cob.</param>
/// <param name="EndToEndId">endToEndId of the payment, or null while unpaid.</param>
/// <param name="Expiracao">calendario.expiracao: seconds the cob stays payable from its creation.</param>
public sealed record SandboxPixCob(
    string Txid,
    string Status,
    string ValorOriginal,
    long LocId,
    string PixCopiaECola,
    string? EndToEndId,
    long Expiracao);
