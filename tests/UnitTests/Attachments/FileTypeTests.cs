using Conexa.Domain.Attachments;

namespace Conexa.UnitTests.Attachments;

public sealed class FileTypeTests
{
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56 }, "image/webp")]
    public void Detect_KnownSignature_ReturnsType(byte[] content, string contentType)
    {
        Assert.That(FileType.Detect(content)?.ContentType, Is.EqualTo(contentType));
    }

    [TestCase(new byte[] { })]
    [TestCase(new byte[] { 0x25, 0x50, 0x44 })]
    [TestCase(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 })]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    public void Detect_OtherContent_ReturnsNull(byte[] content)
    {
        Assert.That(FileType.Detect(content), Is.Null);
    }

    [Test]
    public void AcceptedNames_ListsEveryType()
    {
        Assert.That(FileType.AcceptedNames, Is.EqualTo("PDF, PNG, JPEG ou WebP"));
    }
}

public sealed class FileNamesTests
{
    [TestCase("contrato.pdf", "contrato.pdf")]
    [TestCase("C:\\Users\\maria\\RG frente.jpg", "RG frente.jpg")]
    [TestCase("../../etc/passwd.pdf", "passwd.pdf")]
    [TestCase("a<b>c:d\"e|f?g*h.pdf", "abcdefgh.pdf")]
    [TestCase("  espaços \t  demais  .pdf", "espaços demais.pdf")]
    [TestCase("nome\u202Efdp.exe", "nomefdp.exe")]
    [TestCase("", "arquivo.pdf")]
    [TestCase("...", "arquivo.pdf")]
    [TestCase(".png", "png")]
    [TestCase("\U0001F600.pdf", "\U0001F600.pdf")]
    [TestCase("RG \U0001F4C4 frente.pdf", "RG \U0001F4C4 frente.pdf")]
    [TestCase("declarac\u0327a\u0303o.pdf", "declaração.pdf")]
    public void Sanitise_ReturnsSafeName(string sent, string expected)
    {
        Assert.That(FileNames.Sanitise(sent, ".pdf"), Is.EqualTo(expected));
    }

    [Test]
    public void Sanitise_UnpairedSurrogate_IsDropped()
    {
        // Built in code: an attribute argument cannot carry an unpaired surrogate.
        var sent = "meio" + '\uD83D' + ".pdf";

        Assert.That(FileNames.Sanitise(sent, ".pdf"), Is.EqualTo("meio.pdf"));
    }

    [Test]
    public void Sanitise_LongName_KeepsExtensionWithinLimit()
    {
        var name = FileNames.Sanitise(new string('a', 300) + ".pdf", ".pdf");

        Assert.That(name, Has.Length.EqualTo(Attachment.MaxFileNameLength));
        Assert.That(name, Does.EndWith(".pdf"));
    }

    [Test]
    public void Sanitise_LongEmojiName_CutsWholeEmoji()
    {
        // The prefix puts the cut between the two UTF-16 halves of an emoji.
        var maxStemLength = Attachment.MaxFileNameLength - ".pdf".Length;
        var prefix = maxStemLength % 2 == 0 ? "a" : string.Empty;
        var name = FileNames.Sanitise(prefix + string.Concat(Enumerable.Repeat("\U0001F600", 200)) + ".pdf", ".pdf");

        Assert.That(name, Has.Length.LessThanOrEqualTo(Attachment.MaxFileNameLength));
        Assert.That(name, Does.EndWith("\U0001F600.pdf"));
        Assert.That(name.EnumerateRunes().Count(r => r == System.Text.Rune.ReplacementChar), Is.Zero);
    }

    [TestCase("contrato.pdf", ".pdf")]
    [TestCase("contrato", "")]
    [TestCase(".bashrc", "")]
    [TestCase("contrato.", "")]
    public void Extension_ReturnsDotAndSuffix(string fileName, string expected)
    {
        Assert.That(FileNames.Extension(fileName), Is.EqualTo(expected));
    }
}
