namespace Conexa.Sandbox.Pix;

/// <summary>
/// Simulates a payer paying a cob: completes it and sends the payment to the key's webhook.
/// </summary>
internal sealed class CobPayer(CobStore store, PixWebhookNotifier notifier, TimeProvider timeProvider)
{
    private const string InfoPagador = "Pagamento simulado no sandbox";

    public CobTransition Pay(string txid)
    {
        var (result, payment, chave) = store.Pay(txid, CreatePayment);
        if (result == CobTransition.Done)
        {
            notifier.Notify(payment!, chave!);
        }

        return result;
    }

    private PixPayment CreatePayment(CobRecord cob)
    {
        var paidAt = timeProvider.GetUtcNow();
        return new PixPayment(EndToEndIds.Create(paidAt), cob.Txid, cob.Request.ValorOriginal, paidAt, InfoPagador);
    }
}
