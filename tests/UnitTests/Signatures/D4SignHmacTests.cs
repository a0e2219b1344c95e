using System.Security.Cryptography;
using System.Text;
using Conexa.Infrastructure.Signatures.D4Sign;

namespace Conexa.UnitTests.Signatures;

public sealed class D4SignHmacTests
{
    private const string Secret = "segredo-mac";
    private const string DocumentId = "8b1e9ab7-8cf7-4302-81b6-1845e39a7381";

    [Test]
    public void IsAuthentic_HmacOfUuid_IsAccepted()
    {
        Assert.That(D4SignHmac.IsAuthentic(Secret, DocumentId, Header(Secret, DocumentId)), Is.True);
    }

    [Test]
    public void IsAuthentic_UppercaseHex_IsAccepted()
    {
        Assert.That(D4SignHmac.IsAuthentic(Secret, DocumentId, Header(Secret, DocumentId).ToUpperInvariant()), Is.True);
    }

    [TestCase(null, TestName = "IsAuthentic_MissingHeader_IsRejected")]
    [TestCase("", TestName = "IsAuthentic_EmptyHeader_IsRejected")]
    [TestCase("sha256=zz", TestName = "IsAuthentic_NonHexValue_IsRejected")]
    [TestCase("sha256=abcd", TestName = "IsAuthentic_ShortValue_IsRejected")]
    [TestCase("md5=0123456789abcdef0123456789abcdef", TestName = "IsAuthentic_OtherAlgorithm_IsRejected")]
    public void IsAuthentic_MalformedHeader_IsRejected(string? header)
    {
        Assert.That(D4SignHmac.IsAuthentic(Secret, DocumentId, header), Is.False);
    }

    [Test]
    public void IsAuthentic_OtherSecret_IsRejected()
    {
        Assert.That(D4SignHmac.IsAuthentic(Secret, DocumentId, Header("outro-segredo", DocumentId)), Is.False);
    }

    [Test]
    public void IsAuthentic_SignatureOfOtherDocument_IsRejected()
    {
        Assert.That(D4SignHmac.IsAuthentic(Secret, DocumentId, Header(Secret, Guid.NewGuid().ToString())), Is.False);
    }

    [Test]
    public void IsAuthentic_WithoutConfiguredSecret_IsRejected()
    {
        Assert.That(D4SignHmac.IsAuthentic(string.Empty, DocumentId, Header(string.Empty, DocumentId)), Is.False);
    }

    private static string Header(string secret, string uuid) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(uuid)));
}
