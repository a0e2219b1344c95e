using Conexa.Domain.Common;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;

namespace Conexa.Domain.Contracts;

/// <summary>A customer's subscription to a plan, with its due-date schedule and the quotas of each period.</summary>
public sealed class Contract : Entity
{
    private readonly List<ContractQuota> _quotas = [];

    private Contract(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid LinkedPersonId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid SaleId { get; private set; }

    public string PlanName { get; private set; } = string.Empty;

    public DateOnly StartDate { get; private set; }

    /// <summary>The anchor day of month on which each charge is due (clamped in shorter months).</summary>
    public int DueDay { get; private set; }

    public decimal MonthlyPrice { get; private set; }

    public decimal AdhesionFee { get; private set; }

    /// <summary>Always zero for online contracting, which never takes a refundable deposit.</summary>
    public decimal RefundableDeposit { get; private set; }

    public ActivationPolicy ActivationPolicy { get; private set; }

    public PaymentOption PaymentOption { get; private set; } = new(PaymentMethod.Pix, PaymentProvider.Efi);

    /// <summary>The encrypted reusable card token that pays later periods; null unless paid by card.</summary>
    public string? ProtectedCardToken { get; private set; }

    public ContractStatus Status { get; private set; }

    public SignatureStatus SignatureStatus { get; private set; }

    public RegisteredBy RegisteredBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    /// <summary>The last day of service, once a termination was recorded.</summary>
    public DateOnly? EndDate { get; private set; }

    /// <summary>When the operator recorded the termination; the status turns terminated only after <see cref="EndDate"/>.</summary>
    public DateTimeOffset? TerminatedAt { get; private set; }

    /// <summary>True when a termination was recorded and its last day of service has not passed yet.</summary>
    public bool IsTerminationScheduled => TerminatedAt is not null && Status is not (ContractStatus.Terminated or ContractStatus.Cancelled);

    /// <summary>When the contract was cancelled before its first payment, or null.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Why the contract was cancelled, or null unless <see cref="Status"/> is cancelled.</summary>
    public ContractCancellationReason? CancellationReason { get; private set; }

    /// <summary>When access was closed for an overdue charge; null while the contract is not suspended.</summary>
    public DateTimeOffset? SuspendedAt { get; private set; }

    /// <summary>
    /// The quota allowances agreed at contracting, dated for the first period. Every later period has the same
    /// allowances (see <see cref="QuotasOn"/>), so a plan edited later does not change an existing contract, and
    /// renewing a period writes nothing.
    /// </summary>
    public IReadOnlyList<ContractQuota> Quotas => _quotas;

    public DueDateSchedule Schedule => new(StartDate);

    /// <summary>
    /// Returns the short code that exports and file names show for a contract: eight hex digits of its id, upper-case.
    /// A version 7 id begins with its creation time, so its first eight digits repeat for about 65 seconds, and the
    /// code takes its last eight, which are random. An older, fully random id keeps the first eight it always showed.
    /// </summary>
    public static string ShortCode(Guid id)
    {
        var digits = id.ToString("N", System.Globalization.CultureInfo.InvariantCulture);
        return (id.Version == 7 ? digits[^8..] : digits[..8]).ToUpperInvariant();
    }

    /// <summary>Creates a contract from a checkout; it starts on the contracting date with the plan's first-period quotas.</summary>
    public static Contract ContractOnline(
        Plan plan,
        Customer customer,
        LinkedPerson linkedPerson,
        Guid saleId,
        PaymentOption paymentOption,
        DateOnly contractingDate,
        DateTimeOffset now)
    {
        var contract = new Contract(TimeOrderedId.New())
        {
            TenantId = plan.TenantId,
            CustomerId = customer.Id,
            LinkedPersonId = linkedPerson.Id,
            PlanId = plan.Id,
            UnitId = plan.UnitId,
            SaleId = saleId,
            PlanName = plan.Name,
            StartDate = contractingDate,
            DueDay = contractingDate.Day,
            MonthlyPrice = plan.MonthlyPrice,
            AdhesionFee = plan.AdhesionFee,
            ActivationPolicy = plan.ActivationPolicy,
            PaymentOption = paymentOption,
            Status = ContractStatus.AwaitingPayment,
            SignatureStatus = SignatureStatus.NotRequested,
            RegisteredBy = RegisteredBy.OnlineContracting,
            CreatedAt = now,
        };

        var firstPeriod = contract.Schedule.Period(0);
        contract._quotas.AddRange(plan.Quotas.Select(q =>
            new ContractQuota(firstPeriod.Start, firstPeriod.LastDay, q.Resource, q.Amount, q.Unit)));

        if (plan.ActivationPolicy == ActivationPolicy.Immediate)
        {
            contract.Activate(now);
        }

        contract.Raise(new ContractingCompleted(contract.TenantId, contract.Id));
        return contract;
    }

    /// <summary>Returns the first charge's due date: the contracting date, or some days later for boleto.</summary>
    public DateOnly FirstChargeDueDate(int boletoDueDays) =>
        PaymentOption.Method == PaymentMethod.Boleto ? StartDate.AddDays(boletoDueDays) : StartDate;

    /// <summary>Keeps the card token (already encrypted) of an approved card, to pay the next periods with it.</summary>
    public void KeepCardOnFile(string protectedCardToken, PaymentOption cardOption)
    {
        ProtectedCardToken = protectedCardToken;
        PaymentOption = cardOption;
    }

    /// <summary>
    /// Sets how the next periods are charged, to a method that needs nothing kept on file (Pix or boleto), and
    /// clears any card token kept for the old option.
    /// </summary>
    public void UsePaymentOption(PaymentOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (option.Method == PaymentMethod.Card)
        {
            throw new InvalidOperationException("A card becomes the payment option through KeepCardOnFile, with its token.");
        }

        PaymentOption = option;
        ProtectedCardToken = null;
    }

    /// <summary>Records a refundable deposit; online contracts never carry one.</summary>
    public void SetRefundableDeposit(decimal amount)
    {
        if (RegisteredBy == RegisteredBy.OnlineContracting && amount != 0)
        {
            throw new BusinessRuleException(
                "online-contract-without-deposit",
                "Contracts made through online contracting never carry a refundable deposit.");
        }

        RefundableDeposit = Money.RoundToCents(amount);
    }

    /// <summary>Records that the first charge was paid; activates the contract when its policy waits for payment.</summary>
    public void RegisterFirstPayment(DateTimeOffset now)
    {
        if (Status == ContractStatus.AwaitingPayment)
        {
            Activate(now);
        }
    }

    /// <summary>
    /// Closes access because a charge is overdue, when the plan's policy ties access to payment; a contract with
    /// immediate access keeps it. Returns true when the status changed.
    /// </summary>
    public bool SuspendForOverdueCharge(DateTimeOffset now)
    {
        if (Status != ContractStatus.Active || ActivationPolicy != ActivationPolicy.AfterFirstPayment)
        {
            return false;
        }

        Status = ContractStatus.Suspended;
        SuspendedAt = now;
        return true;
    }

    /// <summary>
    /// Cancels a contract whose first charge was written off, or declined and left unpaid, before any payment.
    /// Under the immediate policy such a contract is active or suspended by then. The caller checks that none of
    /// its charges was ever paid. Returns true when the status changed.
    /// </summary>
    public bool CancelUnpaid(DateTimeOffset now)
    {
        if (!IsCancelledWhenFirstPaymentMissed)
        {
            return false;
        }

        Cancel(ContractCancellationReason.FirstPaymentMissed, now);
        return true;
    }

    /// <summary>
    /// Gets whether the contract is cancelled when its first charge stays unpaid past the write-off period: one awaiting
    /// that payment, which never gave access, and one that opened at once under the immediate policy. For the latter a
    /// recorded termination is kept instead, because the customer used the space: the contract ends on its last day and
    /// keeps the charges the termination billed.
    /// </summary>
    public bool IsCancelledWhenFirstPaymentMissed => CancelsWhenFirstPaymentMissed(Status, ActivationPolicy, TerminatedAt is not null);

    /// <summary>
    /// Tells whether a contract in <paramref name="status"/> under <paramref name="policy"/> is cancelled when its first
    /// charge stays unpaid past the write-off period, as <see cref="IsCancelledWhenFirstPaymentMissed"/> does for a
    /// loaded contract.
    /// </summary>
    public static bool CancelsWhenFirstPaymentMissed(ContractStatus status, ActivationPolicy policy, bool terminationRecorded) =>
        status == ContractStatus.AwaitingPayment
        || (!terminationRecorded && policy == ActivationPolicy.Immediate && status is ContractStatus.Active or ContractStatus.Suspended);

    /// <summary>
    /// Cancels, at the operator's request, a contracting that still awaits its first payment. The customer never had
    /// access under the after-first-payment policy, so nothing is charged. The caller cancels the open charges.
    /// Throws a broken rule when the contract is past that point.
    /// </summary>
    public void CancelByOperator(DateTimeOffset now)
    {
        switch (Status)
        {
            case ContractStatus.AwaitingPayment:
                Cancel(ContractCancellationReason.ByOperator, now);
                return;
            case ContractStatus.Cancelled:
                throw new BusinessRuleException("contract-cancelled", "A contratação já está cancelada.");
            case ContractStatus.Terminated:
                throw new BusinessRuleException("contract-already-terminated", $"O contrato já foi encerrado em {EndDate:dd/MM/yyyy}.");
            default:
                throw new BusinessRuleException(
                    "contract-not-awaiting-payment",
                    "Só uma contratação que aguarda o primeiro pagamento pode ser cancelada. Este contrato já começou: para terminá-lo, encerre o contrato.");
        }
    }

    /// <summary>
    /// Tells whether a regular charge of period <paramref name="periodIndex"/> still belongs to the contract: never
    /// once it was cancelled, and after a termination only for periods before the last day's, because the
    /// termination billed that period and the later ones itself.
    /// </summary>
    public bool StillBills(int periodIndex) => Status switch
    {
        ContractStatus.Cancelled => false,
        _ when TerminatedAt is not null => EndDate is { } endDate && periodIndex < Schedule.PeriodContaining(endDate).Index,
        _ => true,
    };

    /// <summary>Reopens access once no overdue charge remains; returns true when the status changed.</summary>
    public bool ResumeAfterPayment()
    {
        if (Status != ContractStatus.Suspended)
        {
            return false;
        }

        Status = ContractStatus.Active;
        SuspendedAt = null;
        return true;
    }

    /// <summary>The most years between the start and the last day of service that a termination accepts.</summary>
    public const int MaxYearsToTermination = 50;

    /// <summary>Checks that the contract can end on <paramref name="endDate"/>; throws a broken rule otherwise.</summary>
    public void EnsureCanTerminate(DateOnly endDate)
    {
        if (Status == ContractStatus.Terminated)
        {
            throw new BusinessRuleException("contract-already-terminated", $"O contrato já foi encerrado em {EndDate:dd/MM/yyyy}.");
        }

        if (IsTerminationScheduled)
        {
            throw new BusinessRuleException("contract-already-terminated", $"O encerramento deste contrato já foi registrado, com último dia de uso em {EndDate:dd/MM/yyyy}.");
        }

        if (Status == ContractStatus.Cancelled)
        {
            throw new BusinessRuleException("contract-cancelled", "O contrato foi cancelado antes do primeiro pagamento, por isso não há o que encerrar.");
        }

        if (endDate < StartDate)
        {
            throw new BusinessRuleException(
                "termination-before-start",
                $"O último dia de uso ({endDate:dd/MM/yyyy}) é anterior ao início do contrato ({StartDate:dd/MM/yyyy}). Escolha uma data a partir do início.");
        }

        var latest = StartDate.AddYears(MaxYearsToTermination);
        if (endDate > latest)
        {
            throw new BusinessRuleException(
                "termination-too-far",
                $"O último dia de uso ({endDate:dd/MM/yyyy}) passa de {MaxYearsToTermination} anos após o início do contrato. Escolha uma data até {latest:dd/MM/yyyy}.");
        }
    }

    /// <summary>
    /// Records the termination with <paramref name="endDate"/> as the last day of service. A last day already past
    /// (before <paramref name="today"/>, in the tenant's time zone) ends the contract now. Otherwise the customer keeps
    /// the service, and its status, until that day, and <see cref="EndAfterLastDay"/> ends it afterwards. Its quotas
    /// end with that day (see <see cref="QuotasOn"/>).
    /// </summary>
    public void Terminate(DateOnly endDate, DateTimeOffset now, DateOnly today)
    {
        EnsureCanTerminate(endDate);
        EndDate = endDate;
        TerminatedAt = now;
        EndAfterLastDay(today);
        Raise(new ContractTerminated(TenantId, Id, endDate));
    }

    /// <summary>
    /// Ends a contract whose recorded termination's last day of service is before <paramref name="today"/>. Returns
    /// false when no termination is scheduled or the day has not passed.
    /// </summary>
    public bool EndAfterLastDay(DateOnly today)
    {
        if (!IsTerminationScheduled || EndDate >= today)
        {
            return false;
        }

        Status = ContractStatus.Terminated;
        SuspendedAt = null;
        return true;
    }

    /// <summary>
    /// Returns the allowances of the billing period that contains <paramref name="day"/>, dated for that period.
    /// The list is empty before the start, after the last day of service and once the contract was cancelled.
    /// The last period of a terminated contract ends on its last day of service.
    /// </summary>
    public IReadOnlyList<ContractQuota> QuotasOn(DateOnly day)
    {
        if (Status == ContractStatus.Cancelled || day < StartDate || day > EndDate)
        {
            return [];
        }

        var period = Schedule.PeriodContaining(day);
        var lastDay = EndDate is { } endDate && endDate < period.LastDay ? endDate : period.LastDay;
        return _quotas.Select(q => q with { PeriodStart = period.Start, PeriodEnd = lastDay }).ToList();
    }

    /// <summary>Records that the contract was sent for signature. A signed contract stays signed.</summary>
    public void MarkSignatureSent()
    {
        if (SignatureStatus != SignatureStatus.Signed)
        {
            SignatureStatus = SignatureStatus.Sent;
        }
    }

    /// <summary>Records the signature provider's final state. Signed never changes, and cancelled changes only by a new send.</summary>
    public void ApplySignatureOutcome(SignatureStatus outcome)
    {
        if (outcome is not (SignatureStatus.Signed or SignatureStatus.Cancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Only Signed or Cancelled is a final signature state.");
        }

        if (SignatureStatus == SignatureStatus.Sent)
        {
            SignatureStatus = outcome;
        }
    }

    private void Cancel(ContractCancellationReason reason, DateTimeOffset now)
    {
        Status = ContractStatus.Cancelled;
        CancelledAt = now;
        CancellationReason = reason;
        Raise(new ContractCancelledUnpaid(TenantId, Id, reason));
    }

    private void Activate(DateTimeOffset now)
    {
        Status = ContractStatus.Active;
        ActivatedAt = now;
        Raise(new ContractActivated(TenantId, Id));
    }
}
