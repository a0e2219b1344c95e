using Conexa.Domain.Common;
using Conexa.Domain.Plans;

namespace Conexa.Domain.Sales;

/// <summary>An amount the customer must pay by a due date, and its state at the payment provider.</summary>
public sealed class Charge : Entity
{
    private Charge(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ContractId { get; private set; }

    public Guid? SaleId { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The contract's billing period this charge pays; the first charge pays period 0.</summary>
    public int PeriodIndex { get; private set; }

    public ChargePurpose Purpose { get; private set; } = ChargePurpose.Regular;

    public decimal Amount { get; private set; }

    public PaymentOption PaymentOption { get; private set; } = new(PaymentMethod.Pix, PaymentProvider.Efi);

    public ChargeStatus Status { get; private set; }

    /// <summary>Counts payment attempts; a declined card may be retried, each try being a new provider charge.</summary>
    public int Attempt { get; private set; } = 1;

    /// <summary>The provider's id: EFI charge_id for card and boleto, the Pix txid for Pix.</summary>
    public string? ProviderChargeId { get; private set; }

    public string? PixCopyPaste { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>The boleto's 47-digit digitable line, as the bank prints it.</summary>
    public string? BoletoDigitableLine { get; private set; }

    /// <summary>The boleto's 44-digit barcode number.</summary>
    public string? BoletoBarcode { get; private set; }

    public string? BoletoPdfUrl { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>
    /// True when the charge was paid without a payment at the provider: recorded by the operator (cash, transfer) or
    /// settled with the customer's credit. A provider payment that arrives afterwards is then a second payment.
    /// </summary>
    public bool SettledOutsideProvider { get; private set; }

    /// <summary>The instant a provider confirmed a payment of a charge already settled outside it. That money is owed back.</summary>
    public DateTimeOffset? DuplicatePaymentAt { get; private set; }

    /// <summary>The instant until which one request has the right to start the payment at the provider.</summary>
    public DateTimeOffset? PaymentStartLeaseUntil { get; private set; }

    /// <summary>Attempts to start the payment that failed at the provider; after one, the provider may hold a charge we never heard of.</summary>
    public int FailedStartAttempts { get; private set; }

    /// <summary>
    /// Whether the provider charge was created with the tenant's own provider account rather than the host's.
    /// Later reads and cancellations follow it, so the host's charges still settle after the tenant stores an account.
    /// </summary>
    public bool StartedWithTenantAccount { get; private set; }

    /// <summary>Returns the tenant whose own account created the provider charge, or null for the host's account.</summary>
    public Guid? ProviderAccountTenantId => StartedWithTenantAccount ? TenantId : null;

    /// <summary>Why the charge is still pending at the provider, after a failed start; null otherwise.</summary>
    public string? PendingReason { get; private set; }

    /// <summary>Concurrency token: two requests that change the same charge cannot both save.</summary>
    public int Version { get; private set; }

    public bool IsSettled => Status is ChargeStatus.Approved or ChargeStatus.Paid;

    /// <summary>The statuses in which the customer can pay the charge with the Pix code or boleto it shows.</summary>
    public static readonly IReadOnlyList<ChargeStatus> PayableStatuses = [ChargeStatus.AwaitingPayment, ChargeStatus.Overdue];

    /// <summary>True while the customer can pay the charge with its Pix code or boleto; see <see cref="PayableStatuses"/>.</summary>
    public bool IsPayable => PayableStatuses.Contains(Status);

    /// <summary>True while the customer still owes the charge: not paid, not approved and not cancelled.</summary>
    public bool IsOpen => Status is ChargeStatus.Pending or ChargeStatus.Processing or ChargeStatus.AwaitingPayment or ChargeStatus.Declined or ChargeStatus.Overdue;

    /// <summary>The reference sent to the provider for this attempt: our charge id, plus the attempt after the first.</summary>
    public string ProviderReference => Attempt == 1 ? Id.ToString("N") : $"{Id:N}{Attempt}";

    /// <summary>
    /// Creates the first charge of a contract: period 0, for the sale made at contracting. <c>now</c> is the
    /// tenant's instant (a sandbox test clock may set it); <c>leaseStart</c> is the real instant from which the
    /// creator holds the start lease, and defaults to <c>now</c>.
    /// </summary>
    public static Charge First(Guid tenantId, Guid customerId, Guid contractId, Guid saleId, PaymentOption paymentOption, DateOnly dueDate, decimal amount, DateTimeOffset now, DateTimeOffset? leaseStart = null)
    {
        var charge = ForPeriod(tenantId, customerId, contractId, paymentOption, 0, ChargePurpose.Regular, dueDate, amount, now, leaseStart);
        charge.SaleId = saleId;
        return charge;
    }

    /// <summary>
    /// Creates the charge of a later billing period, or the pro-rata charge that replaces one at termination.
    /// <c>now</c> and <c>leaseStart</c> are as in <see cref="First"/>.
    /// </summary>
    public static Charge ForPeriod(Guid tenantId, Guid customerId, Guid contractId, PaymentOption paymentOption, int periodIndex, ChargePurpose purpose, DateOnly dueDate, decimal amount, DateTimeOffset now, DateTimeOffset? leaseStart = null)
    {
        if (amount <= 0)
        {
            throw new BusinessRuleException("charge-amount-positive", "O valor da cobrança deve ser maior que zero.");
        }

        return new Charge(TimeOrderedId.New())
        {
            TenantId = tenantId,
            CustomerId = customerId,
            ContractId = contractId,
            PaymentOption = paymentOption,
            PeriodIndex = periodIndex,
            Purpose = purpose,
            DueDate = dueDate,
            Amount = Money.RoundToCents(amount),
            Status = ChargeStatus.Pending,
            CreatedAt = now,
            PaymentStartLeaseUntil = (leaseStart ?? now) + PaymentStartLease,
        };
    }

    /// <summary>Cancels an open charge; a paid, approved or already cancelled charge is rejected.</summary>
    public void Cancel()
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("charge-not-cancellable", $"Uma cobrança com situação {Status} não pode ser cancelada.");
        }

        Status = ChargeStatus.Cancelled;
        Version++;
        Raise(new ChargeCancelled(TenantId, Id, PaymentOption.Method, PaymentOption.Provider, ProviderChargeId, StartedWithTenantAccount));
    }

    /// <summary>
    /// Tells whether the payment is being registered at the provider now: a request holds the start lease of the
    /// pending charge, or the provider (Inter) is still registering the boleto. Cancelling the charge then would
    /// leave the provider's charge without our record, or payable, because Inter refuses to cancel a boleto it is
    /// still registering.
    /// </summary>
    public bool IsPaymentStarting(DateTimeOffset now) =>
        Status == ChargeStatus.Processing || (Status == ChargeStatus.Pending && PaymentStartLeaseUntil > now);

    /// <summary>How long a request may take to start the payment before another request may try again.</summary>
    public static readonly TimeSpan PaymentStartLease = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Claims the right to start the payment when the charge is pending and no other request has claimed it.
    /// The caller must save before calling the provider, so the version check lets only one claim win.
    /// </summary>
    public bool TryClaimPaymentStart(DateTimeOffset now)
    {
        if (Status != ChargeStatus.Pending || PaymentStartLeaseUntil > now)
        {
            return false;
        }

        if (PaymentStartLeaseUntil is not null)
        {
            // The lease ran out without being released: its holder stopped mid-start, perhaps after the
            // provider had created the charge, so the next start must look for it first.
            FailedStartAttempts++;
            PendingReason = "A tentativa anterior foi interrompida antes da resposta do provedor.";
        }

        PaymentStartLeaseUntil = now + PaymentStartLease;
        Version++;
        return true;
    }

    /// <summary>Records which account the provider charge was created with.</summary>
    public void RecordProviderAccount(bool tenantAccount) => StartedWithTenantAccount = tenantAccount;

    /// <summary>
    /// Gives up the creator's start lease of a charge no one has tried to start, so the payment start job may
    /// start it at once. Unlike <see cref="ReleasePaymentStart"/>, no failed attempt is counted.
    /// </summary>
    public void LeaveStartToJob()
    {
        if (Status == ChargeStatus.Pending && FailedStartAttempts == 0)
        {
            PaymentStartLeaseUntil = null;
        }
    }

    /// <summary>
    /// Records a failed start and gives up the start lease, so the next retry may start the payment at once.
    /// </summary>
    public void ReleasePaymentStart(string reason)
    {
        if (Status == ChargeStatus.Pending)
        {
            PaymentStartLeaseUntil = null;
            FailedStartAttempts++;
            PendingReason = reason;
        }
    }

    public void RegisterPixIssued(string txid, string copyPaste)
    {
        EnsureStatus(ChargeStatus.Pending);
        ProviderChargeId = txid;
        PixCopyPaste = copyPaste;
        Status = ChargeStatus.AwaitingPayment;
        PendingReason = null;
        RaiseIssuedUnlessFirst();
    }

    /// <summary>
    /// Records a boleto the provider accepted but registers in the background, so its barcode comes later
    /// through <see cref="RegisterBoletoIssued"/>.
    /// </summary>
    public void RegisterBoletoProcessing(string providerChargeId)
    {
        EnsureStatus(ChargeStatus.Pending);
        ProviderChargeId = providerChargeId;
        Status = ChargeStatus.Processing;
        Version++;
    }

    /// <summary>
    /// Records an issued boleto, either at once or after <see cref="RegisterBoletoProcessing"/> with the same
    /// provider id. A boleto whose due date passed while it was registering stays overdue. A boleto with Pix
    /// ("Bolix") also carries a Pix code.
    /// </summary>
    public void RegisterBoletoIssued(string providerChargeId, string digitableLine, string barcode, string? pdfUrl, string? pixCopyPaste)
    {
        var overdueWhileProcessing = Status == ChargeStatus.Overdue && BoletoDigitableLine is null;
        if ((Status == ChargeStatus.Processing || overdueWhileProcessing) && ProviderChargeId != providerChargeId)
        {
            throw new BusinessRuleException("charge-provider-id", "O boleto emitido pertence a outra cobrança do provedor.");
        }

        if (Status != ChargeStatus.Processing && !overdueWhileProcessing)
        {
            EnsureStatus(ChargeStatus.Pending);
        }

        Version++;
        ProviderChargeId = providerChargeId;
        BoletoDigitableLine = digitableLine;
        BoletoBarcode = barcode;
        BoletoPdfUrl = pdfUrl;
        PixCopyPaste = pixCopyPaste;
        Status = overdueWhileProcessing ? ChargeStatus.Overdue : ChargeStatus.AwaitingPayment;
        PendingReason = null;
        RaiseIssuedUnlessFirst();
    }

    /// <summary>Raises <see cref="ChargeIssued"/> for a charge that no checkout page shows, so the customer is sent its code.</summary>
    private void RaiseIssuedUnlessFirst()
    {
        if (SaleId is null)
        {
            Raise(new ChargeIssued(TenantId, Id));
        }
    }

    /// <summary>
    /// Records the card's approval and raises <see cref="ChargePaid"/>, so the customer is e-mailed now, as a Pix or
    /// boleto payer is when paid. The provider's later notice that the payment settled sends no second e-mail.
    /// </summary>
    public void RegisterCardApproved(string providerChargeId)
    {
        EnsureStatus(ChargeStatus.Pending);
        ProviderChargeId = providerChargeId;
        Status = ChargeStatus.Approved;
        PendingReason = null;
        DeclineReason = null;
        Raise(new ChargePaid(TenantId, Id, ContractId));
    }

    public void RegisterCardDeclined(string providerChargeId, string reason)
    {
        EnsureStatus(ChargeStatus.Pending);
        ProviderChargeId = providerChargeId;
        DeclineReason = reason;
        Status = ChargeStatus.Declined;
        PendingReason = null;
        Raise(new ChargeDeclined(TenantId, Id));
    }

    /// <summary>
    /// Records that the provider rejected the payment data, at once or while registering the boleto in the
    /// background, so the customer can retry with other data.
    /// </summary>
    public void RegisterRejected(string reason)
    {
        if (Status != ChargeStatus.Processing)
        {
            EnsureStatus(ChargeStatus.Pending);
        }

        DeclineReason = reason;
        Status = ChargeStatus.Declined;
        PendingReason = null;
        Version++;
        Raise(new ChargeDeclined(TenantId, Id));
    }

    /// <summary>
    /// Records that the provider cancelled or wrote off a charge it had registered. Unlike <see cref="Cancel"/>,
    /// it raises no <see cref="ChargeCancelled"/>, because nothing is left to cancel at the provider, but
    /// <see cref="ChargeClosedByProvider"/>, so the customer learns how to pay. Returns false, changing nothing,
    /// when the charge is no longer open: a paid charge stays paid.
    /// </summary>
    public bool RegisterClosedByProvider(string reason)
    {
        if (Status is not (ChargeStatus.Processing or ChargeStatus.AwaitingPayment or ChargeStatus.Overdue))
        {
            return false;
        }

        DeclineReason = reason;
        Status = ChargeStatus.Cancelled;
        Version++;
        Raise(new ChargeClosedByProvider(TenantId, Id));
        return true;
    }

    /// <summary>
    /// Prepares a new payment attempt after a declined payment, or after the provider closed the charge (an expired
    /// or cancelled Inter boleto), which the caller tells apart from a cancellation here. The caller then holds the
    /// start lease.
    /// </summary>
    /// <param name="paymentOption">The method and provider of the new attempt.</param>
    /// <param name="now">The real instant, which starts the start lease.</param>
    /// <param name="earliestDueDate">
    /// A due date the charge must not be before, such as the tenant's boleto days from today for a new boleto, so the
    /// customer gets the time a boleto needs to be paid. The due date only moves later.
    /// </param>
    public void Retry(PaymentOption paymentOption, DateTimeOffset now, DateOnly? earliestDueDate = null)
    {
        if (Status != ChargeStatus.Cancelled)
        {
            EnsureStatus(ChargeStatus.Declined);
        }

        if (earliestDueDate is { } earliest && earliest > DueDate)
        {
            DueDate = earliest;
        }

        Attempt++;
        Version++;
        PaymentOption = paymentOption;
        ProviderChargeId = null;
        DeclineReason = null;
        Status = ChargeStatus.Pending;
        PaymentStartLeaseUntil = now + PaymentStartLease;
    }

    /// <summary>
    /// Marks an issued charge overdue when <paramref name="today"/> (in the tenant's time zone) is after its due
    /// date, including a boleto the provider is still registering. A later charge whose payment was declined and not
    /// reissued (a card-only plan) falls overdue too, so the month counts as unpaid for suspension and write-off. A
    /// contracting's first charge is retried on its checkout page instead. Returns false when the charge is not
    /// waiting for payment or is not yet late.
    /// </summary>
    public bool MarkOverdue(DateOnly today)
    {
        var unpaid = Status is ChargeStatus.AwaitingPayment or ChargeStatus.Processing
            || (Status == ChargeStatus.Declined && SaleId is null);
        if (!unpaid || today <= DueDate)
        {
            return false;
        }

        Status = ChargeStatus.Overdue;
        Version++;
        Raise(new ChargeOverdue(TenantId, Id));
        return true;
    }

    /// <summary>Returns the first day on which the charge, still unpaid, is written off: the day after its last payable day.</summary>
    public DateOnly WriteOffDate(int writeOffDays) => DueDate.AddDays(writeOffDays + 1);

    /// <summary>Returns the last day the charge can be paid, the day before <see cref="WriteOffDate"/>.</summary>
    public DateOnly LastPayableDate(int writeOffDays) => WriteOffDate(writeOffDays).AddDays(-1);

    /// <summary>
    /// Writes off an overdue charge once more than <paramref name="writeOffDays"/> days have passed since its due
    /// date, and raises its cancellation at the provider so the code or boleto stops being payable. Returns false
    /// when the charge is not overdue or not yet that late.
    /// </summary>
    public bool WriteOff(DateOnly today, int writeOffDays)
    {
        if (Status != ChargeStatus.Overdue || today < WriteOffDate(writeOffDays))
        {
            return false;
        }

        Status = ChargeStatus.WrittenOff;
        Version++;
        Raise(new ChargeCancelled(TenantId, Id, PaymentOption.Method, PaymentOption.Provider, ProviderChargeId, StartedWithTenantAccount));
        return true;
    }

    /// <summary>
    /// Marks the charge paid. A repeated confirmation changes nothing and returns false. A charge cancelled here
    /// can still be paid at the provider before the cancellation reaches it. The money then arrived, so the charge
    /// is paid too, but it raises <see cref="ChargePaidAfterCancellation"/> instead of <see cref="ChargePaid"/>.
    /// So does a charge the caller knows to be owed back (<paramref name="owedBack"/>), such as a written-off first
    /// charge of a contracting cancelled for it.
    /// </summary>
    public bool RegisterPayment(DateTimeOffset paidAt, bool owedBack = false)
    {
        if (Status == ChargeStatus.Paid)
        {
            return RegisterDuplicatePayment(paidAt);
        }

        if (Status == ChargeStatus.Pending)
        {
            throw new BusinessRuleException("charge-not-payable", $"Uma cobrança com situação {Status} não pode ser paga.");
        }

        owedBack |= Status == ChargeStatus.Cancelled;
        Status = ChargeStatus.Paid;
        PaidAt = paidAt;
        Version++;
        Raise(owedBack ? new ChargePaidAfterCancellation(TenantId, Id, ContractId, Amount) : new ChargePaid(TenantId, Id, ContractId));
        return true;
    }

    /// <summary>
    /// Records the provider's confirmation of a charge already paid. A repeated confirmation changes nothing and
    /// returns false. The first one for a charge settled outside the provider is a second payment: it is kept, and
    /// raises <see cref="ChargePaidAfterCancellation"/> so the amount becomes the customer's credit.
    /// </summary>
    private bool RegisterDuplicatePayment(DateTimeOffset paidAt)
    {
        if (!SettledOutsideProvider || DuplicatePaymentAt is not null)
        {
            return false;
        }

        DuplicatePaymentAt = paidAt;
        Version++;
        Raise(new ChargePaidAfterCancellation(TenantId, Id, ContractId, Amount, AlreadySettled: true));
        return true;
    }

    /// <summary>
    /// Marks an open charge paid with money the customer paid for another charge of the contract, one cancelled here
    /// before its payment arrived. A Pix code or boleto already issued for this charge is withdrawn at the provider.
    /// </summary>
    public void SettleWithCredit(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("charge-not-open", $"Uma cobrança com situação {Status} não pode ser quitada com crédito.");
        }

        SettleOutsideProvider(now);
        if (ProviderChargeId is not null)
        {
            Raise(new ChargeCancelled(TenantId, Id, PaymentOption.Method, PaymentOption.Provider, ProviderChargeId, StartedWithTenantAccount));
        }
    }

    /// <summary>
    /// Records a payment the unit received outside the providers, such as cash or a bank transfer, and raises
    /// <see cref="ChargePaid"/> as a provider's confirmation would. The Pix code or boleto the charge shows is withdrawn
    /// at the provider. A charge whose payment is being registered at the provider is rejected, because its code may
    /// become payable after the withdrawal.
    /// </summary>
    /// <param name="paidAt">The instant the money was received.</param>
    /// <param name="now">The real instant, against which the start lease is read.</param>
    public void RegisterManualPayment(DateTimeOffset paidAt, DateTimeOffset now)
    {
        if (IsPaymentStarting(now))
        {
            throw new BusinessRuleException("payment-starting", "O pagamento desta cobrança está sendo registrado no provedor agora. Tente de novo em dois minutos.");
        }

        if (!IsOpen)
        {
            var state = Status switch
            {
                ChargeStatus.Paid or ChargeStatus.Approved => "já está paga",
                ChargeStatus.WrittenOff => "foi baixada por atraso",
                _ => "foi cancelada",
            };
            throw new BusinessRuleException("charge-not-open", $"Esta cobrança {state} e não pode receber um pagamento manual.");
        }

        // A card charge leaves nothing payable behind, even when a declined one fell overdue.
        var withdrawable = IsPayable && PaymentOption.Method != PaymentMethod.Card;
        SettleOutsideProvider(paidAt);
        if (withdrawable)
        {
            Raise(new ChargeCancelled(TenantId, Id, PaymentOption.Method, PaymentOption.Provider, ProviderChargeId, StartedWithTenantAccount));
        }

        Raise(new ChargePaid(TenantId, Id, ContractId));
    }

    private void SettleOutsideProvider(DateTimeOffset paidAt)
    {
        Status = ChargeStatus.Paid;
        PaidAt = paidAt;
        SettledOutsideProvider = true;
        PendingReason = null;
        DeclineReason = null;
        Version++;
    }

    private void EnsureStatus(ChargeStatus expected)
    {
        if (Status != expected)
        {
            throw new BusinessRuleException("charge-status", $"A cobrança está com situação {Status}, mas a operação exige {expected}.");
        }
    }
}
