using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// In-memory charges of the Charges API. One lock guards every charge, so each change and its notification event
/// are recorded together.
/// </summary>
internal sealed class ChargeStore(ChargeNotifier notifier, SandboxClock clock)
{
    // Arbitrary first charge_id, so ids look like EFI's and never start at 1.
    private const long FirstChargeId = 4_310_001;

    private readonly Lock gate = new();
    private readonly Dictionary<long, ChargeRecord> chargesById = [];
    private readonly Dictionary<string, ChargeRecord> chargesByToken = new(StringComparer.Ordinal);
    private long lastChargeId = FirstChargeId - 1;

    public long NextChargeId() => Interlocked.Increment(ref lastChargeId);

    /// <summary>
    /// Stores a new charge, records "new" and then <paramref name="initialStatus"/>, notifies both changes and
    /// returns <paramref name="render"/> of the stored charge.
    /// </summary>
    public T Add<T>(ChargeRecord charge, string initialStatus, Func<ChargeRecord, T> render)
    {
        lock (gate)
        {
            chargesById.Add(charge.Id, charge);
            chargesByToken.Add(charge.NotificationToken, charge);
            charge.RecordCreation();
            notifier.Notify(charge);
            charge.ChangeStatus(initialStatus, clock.BrasiliaDateTime());
            notifier.Notify(charge);
            return render(charge);
        }
    }

    public bool TryRead<T>(long chargeId, Func<ChargeRecord, T> render, out T? result)
    {
        lock (gate)
        {
            var found = chargesById.TryGetValue(chargeId, out var charge);
            result = found ? render(charge!) : default;
            return found;
        }
    }

    public bool TryReadByToken<T>(string notificationToken, Func<ChargeRecord, T> render, out T? result)
    {
        lock (gate)
        {
            var found = chargesByToken.TryGetValue(notificationToken, out var charge);
            result = found ? render(charge!) : default;
            return found;
        }
    }

    /// <summary>Cancels a charge of the client's account; another account's charge is not found.</summary>
    public ChargeTransition Cancel(long chargeId, string clientId) =>
        TryRead(chargeId, charge => charge.ClientId, out var owner) && owner != clientId
            ? ChargeTransition.NotFound
            : Change(chargeId, charge => ChargeStatus.AllowsCancel(charge.Status), charge =>
            charge.ChangeStatus(ChargeStatus.Canceled, clock.BrasiliaDateTime()));

    /// <summary>
    /// Confirms payment of a waiting or approved charge, or of an unpaid (overdue) boleto.
    /// </summary>
    public ChargeTransition Pay(long chargeId) =>
        Change(chargeId, CanBePaid, charge =>
            charge.ChangeStatus(
                ChargeStatus.Paid, clock.BrasiliaDateTime(), charge.Request.Total, clock.BrasiliaDate()));

    /// <summary>Renders every charge that matches <paramref name="filter"/>, oldest first.</summary>
    public IReadOnlyList<T> List<T>(Func<ChargeRecord, bool> filter, Func<ChargeRecord, T> render)
    {
        lock (gate)
        {
            return [.. chargesById.Values.OrderBy(charge => charge.Id).Where(filter).Select(render)];
        }
    }

    public IReadOnlyList<SandboxCharge> Snapshot()
    {
        lock (gate)
        {
            return [.. chargesById.Values.OrderBy(charge => charge.Id).Select(charge => charge.ToSnapshot())];
        }
    }

    private static bool CanBePaid(ChargeRecord charge) =>
        charge.Status is ChargeStatus.Waiting or ChargeStatus.Approved
        || (charge.Status == ChargeStatus.Unpaid && charge.Request.Payment == PaymentMethod.BankingBillet);

    private ChargeTransition Change(long chargeId, Func<ChargeRecord, bool> isAllowed, Action<ChargeRecord> apply)
    {
        lock (gate)
        {
            if (!chargesById.TryGetValue(chargeId, out var charge))
            {
                return ChargeTransition.NotFound;
            }

            if (!isAllowed(charge))
            {
                return ChargeTransition.ForbiddenByStatus;
            }

            apply(charge);
            notifier.Notify(charge);
            return ChargeTransition.Done;
        }
    }
}
