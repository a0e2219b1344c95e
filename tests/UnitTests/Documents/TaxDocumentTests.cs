using Conexa.Domain.Documents;

namespace Conexa.UnitTests.Documents;

public sealed class TaxDocumentTests
{
    [TestCase("529.982.247-25", "52998224725")]
    [TestCase("52998224725", "52998224725")]
    [TestCase("000.000.001-91", "00000000191")]
    public void Cpf_Valid_IsStoredNormalised(string input, string stored)
    {
        var parsed = TaxDocument.TryParse(input, DocumentKind.Cpf, out var document);

        Assert.That(parsed, Is.True);
        Assert.That(document!.Value, Is.EqualTo(stored));
        Assert.That(document.Kind, Is.EqualTo(DocumentKind.Cpf));
    }

    [TestCase("529.982.247-24", Description = "wrong second check digit")]
    [TestCase("111.111.111-11", Description = "all digits equal")]
    [TestCase("5299822472", Description = "ten digits")]
    [TestCase("", Description = "empty")]
    [TestCase("11.222.333/0001-81", Description = "a CNPJ")]
    public void Cpf_Invalid_IsRejected(string input)
    {
        Assert.That(TaxDocument.TryParse(input, DocumentKind.Cpf, out _), Is.False);
    }

    [TestCase("11.222.333/0001-81", "11222333000181")]
    [TestCase("12.ABC.345/01DE-35", "12ABC34501DE35")]
    [TestCase("12.abc.345/01de-35", "12ABC34501DE35")]
    public void Cnpj_Valid_IsStoredNormalised(string input, string stored)
    {
        var parsed = TaxDocument.TryParse(input, DocumentKind.Cnpj, out var document);

        Assert.That(parsed, Is.True);
        Assert.That(document!.Value, Is.EqualTo(stored));
    }

    [TestCase("11.222.333/0001-80", Description = "wrong check digit")]
    [TestCase("12.ABC.345/01DE-53", Description = "alphanumeric with wrong check digits")]
    [TestCase("00.000.000/0000-00", Description = "all characters equal")]
    [TestCase("12.ABC.345/01DE-3A", Description = "letter in a check digit")]
    [TestCase("529.982.247-25", Description = "a CPF")]
    public void Cnpj_Invalid_IsRejected(string input)
    {
        Assert.That(TaxDocument.TryParse(input, DocumentKind.Cnpj, out _), Is.False);
    }

    [Test]
    public void Masked_HidesCheckDigitsOfEachKind()
    {
        var cpf = TaxDocument.Parse("529.982.247-25", DocumentKind.Cpf);
        var cnpj = TaxDocument.Parse("11.222.333/0001-81", DocumentKind.Cnpj);

        Assert.That(cpf.Masked, Is.EqualTo("***.982.247-**"));
        Assert.That(cnpj.Masked, Is.EqualTo("**.222.333/****-**"));
        Assert.That(cpf.ToString(), Does.Not.Contain("52998224725"));
    }

    [Test]
    public void Formatted_AddsTheUsualMask()
    {
        Assert.That(TaxDocument.Parse("52998224725", DocumentKind.Cpf).Formatted, Is.EqualTo("529.982.247-25"));
        Assert.That(TaxDocument.Parse("12abc34501de35", DocumentKind.Cnpj).Formatted, Is.EqualTo("12.ABC.345/01DE-35"));
    }
}
