namespace Conexa.Sandbox.Pix;

/// <summary>
/// In-memory cobs of the Pix API, indexed by txid and by loc id. One lock guards every cob.
/// </summary>
internal sealed class CobStore(TimeProvider timeProvider)
{
    // Arbitrary first loc id, so ids look like EFI's and never start at 1.
    private const long FirstLocId = 701;

    private readonly Lock gate = new();
    private readonly Dictionary<string, CobRecord> cobsByTxid = new(StringComparer.Ordinal);
    private readonly Dictionary<long, CobRecord> cobsByLocId = [];
    private long lastLocId = FirstLocId - 1;

    /// <summary>
    /// Gets or sets whether cob responses leave out <c>pixCopiaECola</c>, so a client has to read the code from
    /// GET /v2/loc/{id}/qrcode.
    /// </summary>
    public bool OmitsPixCode { get; set; }

    public long NextLocId() => Interlocked.Increment(ref lastLocId);

    /// <summary>Stores the cob and returns <paramref name="render"/> of it, or returns false if the txid is taken.</summary>
    public bool TryAdd<T>(CobRecord cob, Func<CobRecord, T> render, out T? result)
    {
        lock (gate)
        {
            result = default;
            if (!cobsByTxid.TryAdd(cob.Txid, cob))
            {
                return false;
            }

            cobsByLocId.Add(cob.LocId, cob);
            result = render(cob);
            return true;
        }
    }

    public bool TryRead<T>(string txid, Func<CobRecord, T> render, out T? result)
    {
        lock (gate)
        {
            var found = cobsByTxid.TryGetValue(txid, out var cob);
            result = found ? render(cob!) : default;
            return found;
        }
    }

    public bool TryReadByLocId<T>(long locId, Func<CobRecord, T> render, out T? result)
    {
        lock (gate)
        {
            var found = cobsByLocId.TryGetValue(locId, out var cob);
            result = found ? render(cob!) : default;
            return found;
        }
    }

    /// <summary>Moves an active cob to REMOVIDA_PELO_USUARIO_RECEBEDOR.</summary>
    public CobTransition Remove(string txid) =>
        Change(txid, cob =>
        {
            cob.Status = CobStatus.RemovedByReceiver;
            cob.Revisao++;
        });

    /// <summary>
    /// Completes an active, unexpired cob with a payment made by <paramref name="createPayment"/> and returns the
    /// payment with the cob's key.
    /// </summary>
    public (CobTransition Result, PixPayment? Payment, string? Chave) Pay(
        string txid, Func<CobRecord, PixPayment> createPayment)
    {
        PixPayment? payment = null;
        string? chave = null;
        var result = Change(txid, cob =>
        {
            if (cob.IsExpiredAt(timeProvider.GetUtcNow()))
            {
                return CobTransition.Expired;
            }

            payment = createPayment(cob);
            chave = cob.Request.Chave;
            cob.Payment = payment;
            cob.Status = CobStatus.Completed;
            return CobTransition.Done;
        });
        return (result, payment, chave);
    }

    public IReadOnlyList<SandboxPixCob> Snapshot()
    {
        lock (gate)
        {
            return [.. cobsByLocId.Values.OrderBy(cob => cob.LocId).Select(cob => cob.ToSnapshot())];
        }
    }

    private CobTransition Change(string txid, Action<CobRecord> apply) =>
        Change(txid, cob =>
        {
            apply(cob);
            return CobTransition.Done;
        });

    private CobTransition Change(string txid, Func<CobRecord, CobTransition> apply)
    {
        lock (gate)
        {
            if (!cobsByTxid.TryGetValue(txid, out var cob))
            {
                return CobTransition.NotFound;
            }

            return cob.Status == CobStatus.Active ? apply(cob) : CobTransition.NotActive;
        }
    }
}
