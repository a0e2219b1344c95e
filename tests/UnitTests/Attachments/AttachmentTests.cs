using Conexa.Domain.Attachments;

namespace Conexa.UnitTests.Attachments;

public sealed class AttachmentTests
{
    [Test]
    public void BindTo_ForgetsTheSender()
    {
        var attachment = Attachment.Upload(Guid.NewGuid(), Guid.NewGuid(), "rg.pdf", "application/pdf", 10, new string('0', 64), DateTimeOffset.UtcNow, "A1B2C3");
        var contractId = Guid.NewGuid();

        attachment.BindTo(contractId);

        Assert.That(attachment.ContractId, Is.EqualTo(contractId));
        Assert.That(attachment.SenderKey, Is.Null);
    }
}
