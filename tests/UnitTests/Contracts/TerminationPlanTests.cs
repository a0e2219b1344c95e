using System.Globalization;
using Conexa.Domain.Common;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Documents;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;

namespace Conexa.UnitTests.Contracts;

public sealed class TerminationPlanTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [TestCase("300.00", "2027-03-10", "2027-04-24", "2027-04-10", "2027-05-10", 15, 30, "150.00")]
    [TestCase("199.90", "2027-01-31", "2027-02-09", "2027-01-31", "2027-02-28", 10, 28, "71.39")]
    [TestCase("30.13", "2027-04-10", "2027-04-24", "2027-04-10", "2027-05-10", 15, 30, "15.07")]
    [TestCase("450.00", "2027-01-31", "2027-03-30", "2027-02-28", "2027-03-31", 31, 31, "450.00")]
    public void ProRata_MatchesTheWorkedCases(string price, string start, string end, string periodStart, string nextDue, int used, int days, string amount)
    {
        var contract = NewContract(Money(price), Date(start));

        var plan = TerminationPlan.For(contract, Date(end), []);

        Assert.That(plan.Period.Start, Is.EqualTo(Date(periodStart)));
        Assert.That(plan.Period.NextDueDate, Is.EqualTo(Date(nextDue)));
        Assert.That(plan.ProRata.UsedDays, Is.EqualTo(used));
        Assert.That(plan.ProRata.PeriodDays, Is.EqualTo(days));
        Assert.That(plan.ProRata.Amount, Is.EqualTo(Money(amount)));
    }

    [Test]
    public void ProRata_RoundsHalfAwayFromZero()
    {
        var period = new BillingPeriod(0, Date("2027-04-10"), Date("2027-05-10"));

        var proRata = ProRata.Calculate(30.13m, period, Date("2027-04-24"));

        Assert.That(proRata.Amount, Is.EqualTo(15.07m));
        Assert.That(decimal.Round(30.13m * 15 / 30, 2, MidpointRounding.ToEven), Is.EqualTo(15.06m), "banker's rounding differs here");
    }

    [Test]
    public void PaidPeriod_EarnsACreditOfTheUnusedPart()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var paid = RegularCharge(contract, 1, Date("2027-04-10"), 300m);
        paid.RegisterPixIssued("txid", "000201");
        paid.RegisterPayment(Now);

        var plan = TerminationPlan.For(contract, Date("2027-04-24"), [paid]);

        Assert.That(plan.CreditAmount, Is.EqualTo(150.00m));
        Assert.That(plan.ReplacementAmount, Is.Null);
        Assert.That(plan.ChargesToCancel, Is.Empty);
    }

    [Test]
    public void PaidPeriodUsedToTheEnd_CreditsNothing()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var paid = RegularCharge(contract, 1, Date("2027-04-10"), 300m);
        paid.RegisterPixIssued("txid", "000201");
        paid.RegisterPayment(Now);

        var plan = TerminationPlan.For(contract, Date("2027-05-09"), [paid]);

        Assert.That(plan.CreditAmount, Is.Zero);
        Assert.That(plan.CreditedCharges, Is.Empty, "a paid period used to its last day lists no credit of R$ 0,00");
    }

    [Test]
    public void OpenPeriodCharge_IsReplaced()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var open = RegularCharge(contract, 1, Date("2027-04-10"), 300m);
        var later = RegularCharge(contract, 2, Date("2027-05-10"), 300m);

        var plan = TerminationPlan.For(contract, Date("2027-04-24"), [open, later]);

        Assert.That(plan.ReplacementAmount, Is.EqualTo(150.00m));
        Assert.That(plan.CreditAmount, Is.Zero);
        Assert.That(plan.ChargesToCancel, Is.EqualTo(new[] { open, later }));
    }

    [Test]
    public void FirstPeriod_KeepsTheWholeAdhesionFee()
    {
        var contract = NewContract(300m, Date("2027-03-10"), adhesionFee: 100m);
        var first = RegularCharge(contract, 0, Date("2027-03-10"), 400m);

        var plan = TerminationPlan.For(contract, Date("2027-03-24"), [first]);

        Assert.That(plan.ProRata.Amount, Is.EqualTo(145.16m), "15 of 31 days of 300.00");
        Assert.That(plan.ReplacementAmount, Is.EqualTo(245.16m));
    }

    [Test]
    public void FirstDayOfPeriod_ChargesOneDay()
    {
        var contract = NewContract(300m, Date("2027-03-10"));

        var plan = TerminationPlan.For(contract, Date("2027-04-10"), []);

        Assert.That(plan.ProRata.UsedDays, Is.EqualTo(1));
        Assert.That(plan.ProRata.Amount, Is.EqualTo(10.00m));
    }

    [Test]
    public void LastDayOfPeriod_KeepsOpenCharge()
    {
        var contract = NewContract(450m, Date("2027-01-31"));
        var open = RegularCharge(contract, 1, Date("2027-02-28"), 450m);

        var plan = TerminationPlan.For(contract, Date("2027-03-30"), [open]);

        Assert.That(plan.ProRata.Amount, Is.EqualTo(450.00m));
        Assert.That(plan.ReplacementAmount, Is.Null);
        Assert.That(plan.ChargesToCancel, Is.Empty);
    }

    [Test]
    public void ClampedPeriodStart_UsesRealLength()
    {
        var contract = NewContract(310m, Date("2027-01-31"));

        var plan = TerminationPlan.For(contract, Date("2027-03-01"), []);

        Assert.That(plan.Period.Start, Is.EqualTo(Date("2027-02-28")));
        Assert.That(plan.Period.Days, Is.EqualTo(31));
        Assert.That(plan.ProRata.UsedDays, Is.EqualTo(2));
        Assert.That(plan.ProRata.Amount, Is.EqualTo(20.00m));
    }

    [Test]
    public void PaidLaterCharge_IsCreditedInFull()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var current = RegularCharge(contract, 1, Date("2027-04-10"), 300m);
        var later = RegularCharge(contract, 2, Date("2027-05-10"), 300m);
        later.RegisterPixIssued("txid2", "000201");
        later.RegisterPayment(Now);

        var plan = TerminationPlan.For(contract, Date("2027-04-24"), [current, later]);

        Assert.That(plan.CreditAmount, Is.EqualTo(300.00m));
        Assert.That(plan.ChargesToCancel, Is.EqualTo(new[] { current }));
        Assert.That(plan.CreditedCharges, Is.EqualTo(new[] { new CreditedCharge(later, 300.00m) }), "the preview names the charge behind the credit");
    }

    [Test]
    public void WrittenOffPeriod_ChargesProRata()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var writtenOff = RegularCharge(contract, 1, Date("2027-04-10"), 300m);
        writtenOff.RegisterPixIssued("txid", "000201");
        writtenOff.MarkOverdue(Date("2027-04-11"));
        writtenOff.WriteOff(Date("2027-04-22"), writeOffDays: 10);

        var plan = TerminationPlan.For(contract, Date("2027-04-24"), [writtenOff]);

        Assert.That(writtenOff.Status, Is.EqualTo(ChargeStatus.WrittenOff));
        Assert.That(plan.ReplacementAmount, Is.EqualTo(150.00m));
        Assert.That(plan.CreditAmount, Is.Zero);
        Assert.That(plan.ChargesToCancel, Is.Empty);
    }

    [Test]
    public void EndBeyondBilling_BillsSkippedPeriods()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var first = RegularCharge(contract, 0, Date("2027-03-10"), 300m);
        var cancelledApril = RegularCharge(contract, 1, Date("2027-04-10"), 300m);
        cancelledApril.Cancel();

        var plan = TerminationPlan.For(contract, Date("2027-07-15"), [first, cancelledApril]);

        Assert.That(plan.Period.Index, Is.EqualTo(4));
        Assert.That(plan.PeriodsToBill.Select(p => p.Index), Is.EqualTo(new[] { 2, 3 }), "April was billed, then cancelled, as the billing run counts it");
        Assert.That(plan.PeriodsToBill.Select(p => p.Start), Is.EqualTo(new[] { Date("2027-05-10"), Date("2027-06-10") }));
        Assert.That(plan.ReplacementAmount, Is.EqualTo(58.06m), "6 of 31 days of the period from 10 July");
    }

    [Test]
    public void EndInBilledPeriod_BillsNoOtherPeriod()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var first = RegularCharge(contract, 0, Date("2027-03-10"), 300m);
        var april = RegularCharge(contract, 1, Date("2027-04-10"), 300m);

        var plan = TerminationPlan.For(contract, Date("2027-04-24"), [first, april]);

        Assert.That(plan.PeriodsToBill, Is.Empty);
    }

    [Test]
    public void Terminate_EndsQuotasWithTheLastDay()
    {
        var contract = NewContract(300m, Date("2027-03-10"));

        contract.Terminate(Date("2027-03-20"), Now, Date("2027-03-21"));

        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Terminated));
        Assert.That(contract.QuotasOn(Date("2027-03-20")).Select(q => q.PeriodEnd), Is.All.EqualTo(Date("2027-03-20")));
        Assert.That(contract.QuotasOn(Date("2027-03-21")), Is.Empty);
    }

    [Test]
    public void Terminate_LastDayAhead_EndsAfterIt()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        var statusBefore = contract.Status;

        contract.Terminate(Date("2027-03-20"), Now, Date("2027-03-15"));
        var statusMeanwhile = contract.Status;
        var scheduled = contract.IsTerminationScheduled;
        var endedOnLastDay = contract.EndAfterLastDay(Date("2027-03-20"));
        var endedNextDay = contract.EndAfterLastDay(Date("2027-03-21"));

        Assert.That(statusMeanwhile, Is.EqualTo(statusBefore), "the customer keeps the service until the last day");
        Assert.That(statusMeanwhile, Is.Not.EqualTo(ContractStatus.Terminated));
        Assert.That(scheduled, Is.True);
        Assert.That(contract.QuotasOn(Date("2027-03-20")), Is.Not.Empty);
        Assert.That(contract.IsTerminationScheduled, Is.False);
        Assert.That(endedOnLastDay, Is.False);
        Assert.That(endedNextDay, Is.True);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Terminated));
        Assert.That(contract.EndAfterLastDay(Date("2027-03-22")), Is.False, "once is enough");
    }

    [Test]
    public void Terminate_Twice_IsRejected()
    {
        var contract = NewContract(300m, Date("2027-03-10"));
        contract.Terminate(Date("2027-03-20"), Now, Date("2027-03-15"));

        var exception = Assert.Throws<BusinessRuleException>(() => contract.Terminate(Date("2027-03-25"), Now, Date("2027-03-15")));

        Assert.That(exception!.Rule, Is.EqualTo("contract-already-terminated"));
    }

    [Test]
    public void Terminate_BeforeStart_IsRejected()
    {
        var contract = NewContract(300m, Date("2027-03-10"));

        var exception = Assert.Throws<BusinessRuleException>(() => contract.EnsureCanTerminate(Date("2027-03-09")));

        Assert.That(exception!.Rule, Is.EqualTo("termination-before-start"));
    }

    private static Contract NewContract(decimal price, DateOnly start, decimal adhesionFee = 0m)
    {
        var plan = Plan.Create(Guid.NewGuid(), Guid.NewGuid(), "Estação", "", price, adhesionFee);
        plan.SetQuotas([new PlanQuota("Sala de reunião", 10, "horas")]);
        plan.SetPaymentOptions([new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi)]);
        var customer = Customer.Register(plan.TenantId, CustomerKind.Person, "Maria", TaxDocument.Parse("52998224725", DocumentKind.Cpf), "m@example.com", RegisteredBy.OnlineContracting, Now);
        return Contract.ContractOnline(plan, customer, LinkedPerson.ForPerson(customer), Guid.NewGuid(), plan.PaymentOptions[0], start, Now);
    }

    private static Charge RegularCharge(Contract contract, int period, DateOnly dueDate, decimal amount) =>
        Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, period, ChargePurpose.Regular, dueDate, amount, Now);

    private static DateOnly Date(string value) => DateOnly.Parse(value, CultureInfo.InvariantCulture);

    private static decimal Money(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
