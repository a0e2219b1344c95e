using System.Security.Cryptography;
using System.Text;
using Conexa.Infrastructure.Signatures.D4Sign;
using Microsoft.Extensions.Options;

namespace Conexa.UnitTests.Signatures;

public sealed class D4SignCallbackVerifierTests
{
    private const string Secret = "segredo-mac";
    private const string DocumentId = "8b1e9ab7-8cf7-4302-81b6-1845e39a7381";

    private static readonly D4SignCallbackVerifier Verifier = new(Options.Create(new D4SignOptions { HmacSecret = Secret }));

    [Test]
    public void IsAuthentic_HmacOfUuid_IsAccepted()
    {
        Assert.That(Verifier.IsAuthentic(DocumentId, Header(Secret, DocumentId)), Is.True);
    }

    [Test]
    public void IsAuthentic_UppercaseHex_IsAccepted()
    {
        Assert.That(Verifier.IsAuthentic(DocumentId, Header(Secret, DocumentId).ToUpperInvariant()), Is.True);
    }

    [TestCase(null, TestName = "IsAuthentic_MissingHeader_IsRejected")]
    [TestCase("", TestName = "IsAuthentic_EmptyHeader_IsRejected")]
    [TestCase("sha256=zz", TestName = "IsAuthentic_NonHexValue_IsRejected")]
    [TestCase("sha256=abcd", TestName = "IsAuthentic_ShortValue_IsRejected")]
    [TestCase("md5=0123456789abcdef0123456789abcdef", TestName = "IsAuthentic_OtherAlgorithm_IsRejected")]
    public void IsAuthentic_MalformedHeader_IsRejected(string? header)
    {
        Assert.That(Verifier.IsAuthentic(DocumentId, header), Is.False);
    }

    [Test]
    public void IsAuthentic_OtherSecret_IsRejected()
    {
        Assert.That(Verifier.IsAuthentic(DocumentId, Header("outro-segredo", DocumentId)), Is.False);
    }

    [Test]
    public void IsAuthentic_SignatureOfOtherDocument_IsRejected()
    {
        Assert.That(Verifier.IsAuthentic(DocumentId, Header(Secret, Guid.NewGuid().ToString())), Is.False);
    }

    [Test]
    public void IsAuthentic_WithoutConfiguredSecret_IsRejected()
    {
        var unconfigured = new D4SignCallbackVerifier(Options.Create(new D4SignOptions()));

        Assert.That(unconfigured.IsAuthentic(DocumentId, Header(string.Empty, DocumentId)), Is.False);
    }

    private static string Header(string secret, string uuid) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(uuid)));
}
