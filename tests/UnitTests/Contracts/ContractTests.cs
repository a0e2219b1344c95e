using Conexa.Domain.Common;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Documents;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;

namespace Conexa.UnitTests.Contracts;

public sealed class ContractTests
{
    [Test]
    public void ShortCode_RandomId_KeepsFirstDigits()
    {
        var id = Guid.Parse("0123abcd-5678-4def-9012-3456789abcde");

        Assert.That(Contract.ShortCode(id), Is.EqualTo("0123ABCD"));
    }

    [Test]
    public void ShortCode_IdsMadeTogether_Differ()
    {
        var codes = Enumerable.Range(0, 20).Select(_ => Contract.ShortCode(TimeOrderedId.New())).ToList();

        Assert.That(codes, Is.Unique, "ids made within about a minute share their first digits");
        Assert.That(codes, Has.All.Matches("^[0-9A-F]{8}$"));
    }

    private static readonly DateTimeOffset Now = new(2027, 1, 31, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ContractingDate = new(2027, 1, 31);

    [Test]
    public void QuotasOn_LaterPeriod_DatesTheAgreedAllowances()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        var quotas = contract.QuotasOn(new DateOnly(2027, 4, 15));

        Assert.That(quotas, Has.Count.EqualTo(contract.Quotas.Count));
        Assert.That(quotas.Select(q => q.PeriodStart), Is.All.EqualTo(new DateOnly(2027, 3, 31)));
        Assert.That(quotas.Select(q => q.PeriodEnd), Is.All.EqualTo(new DateOnly(2027, 4, 29)));
        Assert.That(quotas.Select(q => (q.Resource, q.Amount, q.Unit)), Is.EqualTo(contract.Quotas.Select(q => (q.Resource, q.Amount, q.Unit))));
    }

    [Test]
    public void QuotasOn_Cancelled_IsEmpty()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        Assert.That(contract.CancelUnpaid(Now), Is.True);
        Assert.That(contract.QuotasOn(ContractingDate), Is.Empty);
    }

    [Test]
    public void Redact_ReplacesWholeValuesOnly()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);
        var document = ContractDocument.Issue(contract, "contrato.pdf", "Contrato Estação - Ana", "Ana contrata na unidade Santana.\nE-mail: ana@example.com", Now);

        document.Redact(["Ana", "ana@example.com"], "[dado removido]");

        Assert.That(document.Title, Is.EqualTo("Contrato Estação - [dado removido]"));
        Assert.That(document.Text, Is.EqualTo("[dado removido] contrata na unidade Santana.\nE-mail: [dado removido]"));
    }

    [Test]
    public void QuotasOn_BeforeStart_IsEmpty()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        Assert.That(contract.QuotasOn(ContractingDate.AddDays(-1)), Is.Empty);
    }

    [Test]
    public void ContractOnline_SetsStartDueDayAndQuotas()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        Assert.That(contract.StartDate, Is.EqualTo(ContractingDate));
        Assert.That(contract.DueDay, Is.EqualTo(31));
        Assert.That(contract.RegisteredBy, Is.EqualTo(RegisteredBy.OnlineContracting));
        Assert.That(contract.RefundableDeposit, Is.Zero);
        Assert.That(contract.Quotas, Has.Count.EqualTo(1));
        Assert.That(contract.Quotas[0].PeriodStart, Is.EqualTo(ContractingDate));
        Assert.That(contract.Quotas[0].PeriodEnd, Is.EqualTo(new DateOnly(2027, 2, 27)));
        Assert.That(contract.DomainEvents.OfType<ContractingCompleted>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void AfterFirstPaymentPolicy_WaitsForPayment()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        Assert.That(contract.Status, Is.EqualTo(ContractStatus.AwaitingPayment));

        contract.RegisterFirstPayment(Now.AddHours(1));

        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
        Assert.That(contract.ActivatedAt, Is.EqualTo(Now.AddHours(1)));
    }

    [Test]
    public void CancelByOperator_AwaitingPayment_RecordsWhoAndWhen()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        contract.CancelByOperator(Now.AddDays(2));

        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Cancelled));
        Assert.That(contract.CancelledAt, Is.EqualTo(Now.AddDays(2)));
        Assert.That(contract.CancellationReason, Is.EqualTo(ContractCancellationReason.ByOperator));
        Assert.That(contract.DomainEvents.OfType<ContractCancelledUnpaid>().Select(e => e.Reason), Is.EqualTo(new[] { ContractCancellationReason.ByOperator }));
    }

    [Test]
    public void CancelUnpaid_AwaitingWithTermination_Cancels()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);
        contract.Terminate(ContractingDate.AddDays(10), Now, ContractingDate);

        Assert.That(contract.CancelUnpaid(Now.AddDays(31)), Is.True, "the customer never had access, so nothing of the termination is owed");
        Assert.That(contract.CancellationReason, Is.EqualTo(ContractCancellationReason.FirstPaymentMissed));
    }

    [Test]
    public void CancelByOperator_ActiveContract_IsRejected()
    {
        var contract = NewContract(ActivationPolicy.Immediate, PaymentMethod.Pix);

        var exception = Assert.Throws<BusinessRuleException>(() => contract.CancelByOperator(Now));

        Assert.That(exception!.Rule, Is.EqualTo("contract-not-awaiting-payment"));
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
        Assert.That(contract.CancelledAt, Is.Null);
    }

    [Test]
    public void CancelUnpaid_RecordsTheMissedPayment()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        Assert.That(contract.CancelUnpaid(Now), Is.True);
        Assert.That(contract.CancelUnpaid(Now), Is.False, "a second run changes nothing");
        Assert.That(contract.CancellationReason, Is.EqualTo(ContractCancellationReason.FirstPaymentMissed));
        Assert.That(contract.DomainEvents.OfType<ContractCancelledUnpaid>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void CancelUnpaid_ImmediateAccess_EndsIt()
    {
        var contract = NewContract(ActivationPolicy.Immediate, PaymentMethod.Pix);

        Assert.That(contract.CancelUnpaid(Now), Is.True);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Cancelled));
        Assert.That(contract.QuotasOn(ContractingDate), Is.Empty, "access ends with it");
    }

    [Test]
    public void CancelUnpaid_RecordedTermination_Stands()
    {
        var contract = NewContract(ActivationPolicy.Immediate, PaymentMethod.Pix);
        contract.Terminate(ContractingDate.AddDays(40), Now, ContractingDate);

        Assert.That(contract.IsCancelledWhenFirstPaymentMissed, Is.False);
        Assert.That(contract.CancelUnpaid(Now.AddDays(30)), Is.False);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active), "it ends on its last day, as terminated");
        Assert.That(contract.CancellationReason, Is.Null);
    }

    [Test]
    public void StillBills_AfterTermination_OnlyEarlierPeriods()
    {
        var contract = NewContract(ActivationPolicy.Immediate, PaymentMethod.Pix);
        contract.Terminate(new DateOnly(2027, 3, 10), Now, new DateOnly(2027, 2, 1));

        Assert.That(contract.StillBills(0), Is.True, "31 January to 27 February");
        Assert.That(contract.StillBills(1), Is.False, "the last day's period, which the termination billed");
        Assert.That(contract.StillBills(2), Is.False);
    }

    [Test]
    public void ImmediatePolicy_IsActiveAtOnce()
    {
        var contract = NewContract(ActivationPolicy.Immediate, PaymentMethod.Pix);

        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
        Assert.That(contract.ActivatedAt, Is.EqualTo(Now));
    }

    [TestCase(PaymentMethod.Pix, "2027-01-31")]
    [TestCase(PaymentMethod.Card, "2027-01-31")]
    [TestCase(PaymentMethod.Boleto, "2027-02-03")]
    public void FirstChargeDueDate_DependsOnMethod(PaymentMethod method, string expected)
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, method);

        Assert.That(contract.FirstChargeDueDate(boletoDueDays: 3), Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void RefundableDeposit_OnOnlineContract_IsRejected()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);

        var exception = Assert.Throws<BusinessRuleException>(() => contract.SetRefundableDeposit(500m));

        Assert.That(exception!.Rule, Is.EqualTo("online-contract-without-deposit"));
        Assert.That(contract.RefundableDeposit, Is.Zero);
    }

    [Test]
    public void Sale_WithAdhesionFee_SumsTwoItems()
    {
        var plan = NewPlan(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);
        var sale = Sale.ForOnlineContracting(plan, NewCustomer(plan), Now);

        Assert.That(sale.Items.Select(i => i.Kind), Is.EqualTo(new[] { SaleItemKind.MonthlyFee, SaleItemKind.AdhesionFee }));
        Assert.That(sale.Total, Is.EqualTo(450.00m));
    }

    [Test]
    public void Sale_WithoutAdhesionFee_HasOneItem()
    {
        var plan = Plan.Create(Guid.NewGuid(), Guid.NewGuid(), "Virtual", "", 149.90m);
        var sale = Sale.ForOnlineContracting(plan, NewCustomer(plan), Now);

        Assert.That(sale.Items, Has.Count.EqualTo(1));
        Assert.That(sale.Total, Is.EqualTo(149.90m));
    }

    internal static Plan NewPlan(ActivationPolicy policy, PaymentMethod method)
    {
        var plan = Plan.Create(Guid.NewGuid(), Guid.NewGuid(), "Estação fixa", "Mesa dedicada", 350m, 100m);
        plan.SetActivationPolicy(policy);
        plan.SetQuotas([new PlanQuota("Sala de reunião", 10, "horas")]);
        plan.SetPaymentOptions([new PaymentOption(method, PaymentProvider.Efi)]);
        return plan;
    }

    internal static Customer NewCustomer(Plan plan) =>
        Customer.Register(plan.TenantId, CustomerKind.Person, "Maria Souza", TaxDocument.Parse("52998224725", DocumentKind.Cpf), "maria@example.com", RegisteredBy.OnlineContracting, Now);

    [Test]
    public void OverdueCharge_SuspendsAfterFirstPaymentContract()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Pix);
        contract.RegisterFirstPayment(Now);

        Assert.That(contract.SuspendForOverdueCharge(Now.AddDays(30)), Is.True);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Suspended));
        Assert.That(contract.SuspendedAt, Is.EqualTo(Now.AddDays(30)));
        Assert.That(contract.ResumeAfterPayment(), Is.True);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
        Assert.That(contract.SuspendedAt, Is.Null);
    }

    [Test]
    public void OverdueCharge_KeepsImmediateAccessOpen()
    {
        var contract = NewContract(ActivationPolicy.Immediate, PaymentMethod.Boleto);

        Assert.That(contract.SuspendForOverdueCharge(Now.AddDays(5)), Is.False);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
    }

    [Test]
    public void OverdueCharge_DoesNotSuspendAContractAwaitingPayment()
    {
        var contract = NewContract(ActivationPolicy.AfterFirstPayment, PaymentMethod.Boleto);

        Assert.That(contract.SuspendForOverdueCharge(Now.AddDays(5)), Is.False);
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.AwaitingPayment));
    }

    private static Contract NewContract(ActivationPolicy policy, PaymentMethod method)
    {
        var plan = NewPlan(policy, method);
        var customer = NewCustomer(plan);
        var linkedPerson = LinkedPerson.ForPerson(customer);
        return Contract.ContractOnline(plan, customer, linkedPerson, Guid.NewGuid(), plan.PaymentOptions[0], ContractingDate, Now);
    }
}
