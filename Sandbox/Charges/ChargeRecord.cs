namespace Conexa.Sandbox.Charges;

/// <summary>
/// Mutable state of one charge. <see cref="ChargeStore"/> reads and writes it only while holding its lock.
/// </summary>
internal sealed class ChargeRecord(long id, OneStepChargeRequest request, string notificationToken, string createdAt, string clientId)
{
    private readonly List<ChargeEvent> events = [];

    public long Id { get; } = id;

    public OneStepChargeRequest Request { get; } = request;

    public string NotificationToken { get; } = notificationToken;

    public string CreatedAt { get; } = createdAt;

    /// <summary>The client id of the account that created the charge; only that account can read or change it.</summary>
    public string ClientId { get; } = clientId;

    public string Status { get; private set; } = ChargeStatus.New;

    public ChargeRefusal? Refusal { get; set; }

    public BilletDetails? Billet { get; set; }

    public long InstallmentValue => (Request.Total + Request.Installments - 1) / Request.Installments;

    public IReadOnlyList<ChargeEvent> Events => events;

    /// <summary>Records the first event, status "new" with no previous status.</summary>
    public ChargeEvent RecordCreation() => Append(new ChargeEvent(1, ChargeStatus.New, null, CreatedAt));

    /// <summary>Moves the charge to <paramref name="status"/> and records the change.</summary>
    public ChargeEvent ChangeStatus(string status, string changedAt, long? paidValue = null, string? paidOn = null)
    {
        var change = new ChargeEvent(events.Count + 1, status, Status, changedAt, paidValue, paidOn);
        Status = status;
        return Append(change);
    }

    public SandboxCharge ToSnapshot() => new(
        Id,
        Request.CustomId,
        Status,
        Request.Total,
        Request.Payment,
        Request.NotificationUrl?.ToString(),
        NotificationToken,
        ClientId);

    private ChargeEvent Append(ChargeEvent change)
    {
        events.Add(change);
        return change;
    }
}
