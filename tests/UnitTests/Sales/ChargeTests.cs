using Conexa.Domain.Common;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;

namespace Conexa.UnitTests.Sales;

public sealed class ChargeTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 7, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void First_HoldsTheStartLease()
    {
        var charge = NewCharge();

        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Pending));
        Assert.That(charge.TryClaimPaymentStart(Now.AddSeconds(1)), Is.False);
        Assert.That(charge.TryClaimPaymentStart(Now + Charge.PaymentStartLease), Is.True);
    }

    [Test]
    public void ExpiredLease_CountsAsInterruptedStart()
    {
        var charge = NewCharge();

        Assert.That(charge.TryClaimPaymentStart(Now + Charge.PaymentStartLease), Is.True);
        Assert.That(charge.FailedStartAttempts, Is.EqualTo(1));
        Assert.That(charge.PendingReason, Does.Contain("interrompida"));
    }

    [Test]
    public void ReleasedLease_CanBeClaimedAtOnce()
    {
        var charge = NewCharge();

        charge.ReleasePaymentStart("EFI não respondeu.");

        Assert.That(charge.TryClaimPaymentStart(Now.AddSeconds(1)), Is.True);
        Assert.That(charge.TryClaimPaymentStart(Now.AddSeconds(2)), Is.False);
    }

    [Test]
    public void RegisterCardDeclined_RaisesChargeDeclined()
    {
        var charge = NewCharge();

        charge.RegisterCardDeclined("1", "recusado");

        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Declined));
        Assert.That(charge.DomainEvents.OfType<ChargeDeclined>().Select(e => e.ChargeId), Is.EqualTo(new[] { charge.Id }));
    }

    [Test]
    public void ProviderReference_ChangesWithEachAttempt()
    {
        var charge = NewCharge();
        var first = charge.ProviderReference;

        charge.RegisterCardDeclined("1", "recusado");
        charge.Retry(new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi), Now);

        Assert.That(first, Is.EqualTo(charge.Id.ToString("N")));
        Assert.That(charge.ProviderReference, Is.Not.EqualTo(first));
        Assert.That(charge.ProviderReference, Does.Match("^[a-zA-Z0-9]{26,35}$"));
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Pending));
    }

    [Test]
    public void RegisterPayment_Twice_ChangesNothingTheSecondTime()
    {
        var charge = NewCharge();
        charge.RegisterPixIssued("txid", "000201");

        Assert.That(charge.RegisterPayment(Now), Is.True);
        Assert.That(charge.RegisterPayment(Now.AddMinutes(5)), Is.False);
        Assert.That(charge.PaidAt, Is.EqualTo(Now));
        Assert.That(charge.DomainEvents.OfType<ChargePaid>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void RegisterPayment_AfterCancellation_IsKeptApart()
    {
        var charge = NewCharge();
        charge.RegisterPixIssued("txid", "000201");
        charge.Cancel();

        Assert.That(charge.RegisterPayment(Now), Is.True);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(charge.DomainEvents.OfType<ChargePaid>(), Is.Empty, "the contract neither starts nor reopens");
        Assert.That(charge.DomainEvents.OfType<ChargePaidAfterCancellation>().Select(e => e.Amount), Is.EqualTo(new[] { charge.Amount }));
    }

    [Test]
    public void SettleWithCredit_IssuedCharge_WithdrawsItsCode()
    {
        var charge = NewCharge();
        charge.RegisterPixIssued("txid", "000201");

        charge.SettleWithCredit(Now);

        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(charge.PaidAt, Is.EqualTo(Now));
        Assert.That(charge.DomainEvents.OfType<ChargeCancelled>().Select(e => e.ProviderChargeId), Is.EqualTo(new[] { "txid" }));
        Assert.That(charge.DomainEvents.OfType<ChargePaid>(), Is.Empty);
        Assert.Throws<BusinessRuleException>(() => charge.SettleWithCredit(Now), "a paid charge is not settled twice");
    }

    [Test]
    public void RegisterPayment_WhilePending_IsRejected()
    {
        var charge = NewCharge();

        Assert.Throws<BusinessRuleException>(() => charge.RegisterPayment(Now));
    }

    [Test]
    public void Retry_OfACharge_NotDeclined_IsRejected()
    {
        var charge = NewCharge();
        charge.RegisterCardApproved("1");

        Assert.Throws<BusinessRuleException>(() => charge.Retry(new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi), Now));
    }

    [Test]
    public void First_RoundsTheAmountToCents()
    {
        var charge = Charge.First(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi), new DateOnly(2027, 2, 7), 15.065m, Now);

        Assert.That(charge.Amount, Is.EqualTo(15.07m));
    }

    [Test]
    public void LeaseStart_IsIndependentOfCreationTime()
    {
        var realNow = new DateTimeOffset(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);
        var charge = Charge.First(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi), new DateOnly(2027, 2, 7), 450m, Now, realNow);

        Assert.That(charge.CreatedAt, Is.EqualTo(Now));
        Assert.That(charge.PaymentStartLeaseUntil, Is.EqualTo(realNow + Charge.PaymentStartLease));
    }

    [Test]
    public void MarkOverdue_OnlyAfterTheDueDate()
    {
        var charge = NewCharge();
        charge.RegisterPixIssued("txid", "000201");

        Assert.That(charge.MarkOverdue(new DateOnly(2027, 2, 7)), Is.False);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
        Assert.That(charge.MarkOverdue(new DateOnly(2027, 2, 8)), Is.True);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Overdue));
        Assert.That(charge.MarkOverdue(new DateOnly(2027, 2, 9)), Is.False);
    }

    [Test]
    public void MarkOverdue_LeavesSettledChargesAlone()
    {
        var charge = NewCharge();
        charge.RegisterCardApproved("1");

        Assert.That(charge.MarkOverdue(new DateOnly(2027, 3, 1)), Is.False);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Approved));
    }

    [Test]
    public void OverdueCharge_CanStillBePaid()
    {
        var charge = NewCharge();
        charge.RegisterPixIssued("txid", "000201");
        charge.MarkOverdue(new DateOnly(2027, 2, 8));

        Assert.That(charge.RegisterPayment(Now.AddDays(2)), Is.True);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Paid));
        Assert.That(charge.IsOpen, Is.False);
    }

    [Test]
    public void ProcessingBoleto_IssuedWithSameId()
    {
        var charge = NewCharge();

        charge.RegisterBoletoProcessing("codigo-1");
        var processingStatus = charge.Status;
        charge.RegisterBoletoIssued("codigo-1", "line", "barcode", "/pdf", "pix");

        Assert.That(processingStatus, Is.EqualTo(ChargeStatus.Processing));
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.AwaitingPayment));
        Assert.That(charge.BoletoDigitableLine, Is.EqualTo("line"));
    }

    [Test]
    public void ProcessingBoleto_OverdueBeforeIssued()
    {
        var charge = NewCharge();
        charge.RegisterBoletoProcessing("codigo-1");

        var marked = charge.MarkOverdue(new DateOnly(2027, 2, 8));
        charge.RegisterBoletoIssued("codigo-1", "line", "barcode", "/pdf", "pix");

        Assert.That(marked, Is.True);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Overdue));
        Assert.That(charge.BoletoDigitableLine, Is.EqualTo("line"));
    }

    [Test]
    public void ProcessingBoleto_OtherIdRejected()
    {
        var charge = NewCharge();
        charge.RegisterBoletoProcessing("codigo-1");

        Assert.Throws<BusinessRuleException>(() => charge.RegisterBoletoIssued("codigo-2", "line", "barcode", null, null));
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Processing));
    }

    [Test]
    public void ClosedByProvider_LeavesAPaidChargePaid()
    {
        var charge = NewCharge();
        charge.RegisterBoletoProcessing("codigo-1");
        charge.RegisterPayment(Now);

        var closed = charge.RegisterClosedByProvider("expirado");

        Assert.That(closed, Is.False);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Paid));
    }

    [Test]
    public void ClosedByProvider_CancelsAnOpenCharge()
    {
        var charge = NewCharge();
        charge.RegisterBoletoProcessing("codigo-1");

        var closed = charge.RegisterClosedByProvider("cancelado");

        Assert.That(closed, Is.True);
        Assert.That(charge.Status, Is.EqualTo(ChargeStatus.Cancelled));
        Assert.That(charge.DeclineReason, Is.EqualTo("cancelado"));
    }

    private static Charge NewCharge() =>
        Charge.First(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi), new DateOnly(2027, 2, 7), 450m, Now);

    [Test]
    public void PixIssued_AfterFirstCharge_RaisesIssued()
    {
        var pix = new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi);
        var period = Charge.ForPeriod(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), pix, 1, ChargePurpose.Regular, new DateOnly(2027, 3, 7), 450m, Now);
        var first = Charge.First(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), pix, new DateOnly(2027, 2, 7), 450m, Now);

        period.RegisterPixIssued("txid-periodo", "00020101");
        first.RegisterPixIssued("txid-primeira", "00020101");

        Assert.That(period.DomainEvents.OfType<ChargeIssued>().Select(e => e.ChargeId), Is.EqualTo(new[] { period.Id }));
        Assert.That(first.DomainEvents.OfType<ChargeIssued>(), Is.Empty, "the checkout page shows the first charge's code");
    }

    [Test]
    public void MarkOverdue_RaisesOverdueOnce()
    {
        var charge = Charge.ForPeriod(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi), 1, ChargePurpose.Regular, new DateOnly(2027, 3, 7), 450m, Now);
        charge.RegisterPixIssued("txid-vencida", "00020101");

        var first = charge.MarkOverdue(new DateOnly(2027, 3, 8));
        var again = charge.MarkOverdue(new DateOnly(2027, 3, 9));

        Assert.That(first, Is.True);
        Assert.That(again, Is.False);
        Assert.That(charge.DomainEvents.OfType<ChargeOverdue>().Select(e => e.ChargeId), Is.EqualTo(new[] { charge.Id }));
    }
}
