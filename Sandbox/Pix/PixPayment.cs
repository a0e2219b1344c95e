namespace Conexa.Sandbox.Pix;

/// <summary>
/// One Pix received for a cob.
/// </summary>
/// <param name="EndToEndId">32-character id of the Pix transfer.</param>
/// <param name="Txid">txid of the cob that was paid.</param>
/// <param name="Valor">Amount paid, a decimal string such as "10.00".</param>
/// <param name="Horario">Payment time in UTC.</param>
/// <param name="InfoPagador">Free text written by the payer.</param>
internal sealed record PixPayment(string EndToEndId, string Txid, string Valor, DateTimeOffset Horario, string InfoPagador);
