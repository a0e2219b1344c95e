using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Documents;
using Conexa.Domain.Plans;
using Conexa.Domain.Signatures;

namespace Conexa.UnitTests.Signatures;

public sealed class SignatureRequestTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 6, 15, 0, 0, TimeSpan.Zero);

    [Test]
    public void MarkSent_MovesToSentAndRaisesEvent()
    {
        var (_, request) = NewRequest();

        request.MarkSent(Now);

        Assert.That(request.Status, Is.EqualTo(SignatureStatus.Sent));
        Assert.That(request.SendCount, Is.EqualTo(1));
        Assert.That(request.DomainEvents.OfType<SignatureRequestSent>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void ApplyProviderState_SignedNeverMovesBack()
    {
        var (_, request) = NewRequest();
        request.MarkSent(Now);

        var signed = request.ApplyProviderState(4, SignatureStatus.Signed, Now);
        var cancelledLater = request.ApplyProviderState(6, SignatureStatus.Cancelled, Now.AddMinutes(1));
        var inProgressLater = request.ApplyProviderState(3, null, Now.AddMinutes(2));

        Assert.That(signed, Is.True);
        Assert.That(cancelledLater, Is.False);
        Assert.That(inProgressLater, Is.False);
        Assert.That(request.Status, Is.EqualTo(SignatureStatus.Signed));
        Assert.That(request.CompletedAt, Is.EqualTo(Now));
    }

    [Test]
    public void ApplyProviderState_BeforeSending_ChangesNothing()
    {
        var (_, request) = NewRequest();

        Assert.That(request.ApplyProviderState(4, SignatureStatus.Signed, Now), Is.False);
        Assert.That(request.Status, Is.EqualTo(SignatureStatus.NotRequested));
    }

    [Test]
    public void Withdraw_ClosesUnsignedOnly()
    {
        var (_, queued) = NewRequest();
        var (_, signed) = NewRequest();
        signed.MarkSent(Now);
        signed.ApplyProviderState(4, SignatureStatus.Signed, Now);
        queued.TryClaimSend(Now);

        var queuedClosed = queued.Withdraw(Now.AddMinutes(1));
        var signedClosed = signed.Withdraw(Now.AddMinutes(1));

        Assert.That(queuedClosed, Is.True);
        Assert.That(queued.Status, Is.EqualTo(SignatureStatus.Cancelled));
        Assert.That(queued.CompletedAt, Is.EqualTo(Now.AddMinutes(1)));
        Assert.That(queued.SendLeaseUntil, Is.Null);
        Assert.That(signedClosed, Is.False);
        Assert.That(signed.Status, Is.EqualTo(SignatureStatus.Signed));
    }

    [Test]
    public void TryClaimSend_SecondClaimWithinLease_Fails()
    {
        var (_, request) = NewRequest();

        Assert.That(request.TryClaimSend(Now), Is.True);
        Assert.That(request.TryClaimSend(Now.AddSeconds(30)), Is.False);
        Assert.That(request.TryClaimSend(Now + SignatureRequest.SendLease + TimeSpan.FromSeconds(1)), Is.True);
    }

    [Test]
    public void RecordUpload_Twice_Throws()
    {
        var (_, request) = NewRequest();
        request.RecordUpload("doc-1");

        Assert.Throws<InvalidOperationException>(() => request.RecordUpload("doc-2"));
        Assert.That(request.DocumentId, Is.EqualTo("doc-1"));
    }

    [Test]
    public void Restart_AfterCancel_ClearsUpload()
    {
        var (_, request) = NewRequest();
        request.RecordUpload("doc-1");
        request.RecordSignerKeys(new Dictionary<string, string> { ["maria@example.com"] = "key-1" });
        request.MarkSent(Now);
        request.ApplyProviderState(6, SignatureStatus.Cancelled, Now);

        request.Restart();

        Assert.That(request.Status, Is.EqualTo(SignatureStatus.NotRequested));
        Assert.That(request.DocumentId, Is.Null);
        Assert.That(request.SignersRegistered, Is.False);
        Assert.That(request.Signers.Select(s => s.ProviderKey), Is.All.Null);
    }

    [Test]
    public void ContractSignature_SignedStaysSigned()
    {
        var (contract, _) = NewRequest();
        contract.MarkSignatureSent();
        contract.ApplySignatureOutcome(SignatureStatus.Signed);

        contract.MarkSignatureSent();
        contract.ApplySignatureOutcome(SignatureStatus.Cancelled);

        Assert.That(contract.SignatureStatus, Is.EqualTo(SignatureStatus.Signed));
    }

    private static (Contract Contract, SignatureRequest Request) NewRequest()
    {
        var plan = Plan.Create(Guid.NewGuid(), Guid.NewGuid(), "Estação fixa", "Mesa", 350m);
        var customer = Customer.Register(plan.TenantId, CustomerKind.Person, "Maria Souza", TaxDocument.Parse("529.982.247-25", DocumentKind.Cpf), "maria@example.com", RegisteredBy.OnlineContracting, Now);
        var person = LinkedPerson.ForPerson(customer);
        var contract = Contract.ContractOnline(plan, customer, person, Guid.NewGuid(), new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi), new DateOnly(2027, 2, 6), Now);
        var request = SignatureRequest.Create(contract, [new SignatureSigner("maria@example.com", "Maria Souza")], Now, queue: false);
        return (contract, request);
    }
}
