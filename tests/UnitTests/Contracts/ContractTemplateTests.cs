using Conexa.Application.Contracts.Documents;
using Conexa.Domain.Common;
using Conexa.Domain.Plans;

namespace Conexa.UnitTests.Contracts;

public sealed class ContractTemplateTests
{
    [Test]
    public void Render_ReplacesEveryKnownPlaceholder()
    {
        var values = new Dictionary<string, string> { ["cliente"] = "Maria Souza", ["mensalidade"] = "R$ 350,00" };

        var text = ContractTemplate.Render("{cliente} paga {mensalidade}; {cliente} assina.", values);

        Assert.That(text, Is.EqualTo("Maria Souza paga R$ 350,00; Maria Souza assina."));
    }

    [Test]
    public void Render_KeepsPlaceholderWithoutValue()
    {
        var text = ContractTemplate.Render("Início em {inicio}.", new Dictionary<string, string>());

        Assert.That(text, Is.EqualTo("Início em {inicio}."));
    }

    [Test]
    public void Render_LeavesOtherBracesAlone()
    {
        var text = ContractTemplate.Render("Cláusula {1} e {Cliente} e {cliente}", new Dictionary<string, string> { ["cliente"] = "Ana" });

        Assert.That(text, Is.EqualTo("Cláusula {1} e {Cliente} e Ana"));
    }

    [Test]
    public void Default_UsesOnlyKnownPlaceholders()
    {
        Assert.That(ContractTemplate.UnknownPlaceholders(ContractTemplate.Default), Is.Empty);
        Assert.That(ContractTemplate.Default, Does.Contain("{cliente}").And.Contain("{documento}").And.Contain("{mensalidade}").And.Contain("{inicio}").And.Contain("{vencimento}"));
    }

    [Test]
    public void SetContractTemplate_UnknownPlaceholder_IsRejected()
    {
        var plan = Plan.Create(Guid.NewGuid(), Guid.NewGuid(), "Estação fixa", "Mesa", 350m);

        var exception = Assert.Throws<BusinessRuleException>(() => plan.SetContractTemplate("Olá {clinete}, plano {plano}."));

        Assert.That(exception!.Rule, Is.EqualTo("contract-template-placeholder-unknown"));
        Assert.That(exception.Message, Does.Contain("{clinete}"));
        Assert.That(plan.ContractTemplate, Is.Null);
    }

    [Test]
    public void SetContractTemplate_TooLong_IsRejected()
    {
        var plan = Plan.Create(Guid.NewGuid(), Guid.NewGuid(), "Estação fixa", "Mesa", 350m);

        var exception = Assert.Throws<BusinessRuleException>(() => plan.SetContractTemplate(new string('a', ContractTemplate.MaxLength + 1)));

        Assert.That(exception!.Rule, Is.EqualTo("contract-template-too-long"));
    }

    [Test]
    public void SetContractTemplate_Null_RestoresDefault()
    {
        var plan = Plan.Create(Guid.NewGuid(), Guid.NewGuid(), "Estação fixa", "Mesa", 350m);
        plan.SetContractTemplate("Contrato de {cliente}");

        plan.SetContractTemplate(null);

        Assert.That(plan.ContractTemplate, Is.Null);
    }

    [TestCase(350, "R$ 350,00")]
    [TestCase(1234.5, "R$ 1.234,50")]
    [TestCase(0, "R$ 0,00")]
    public void Brl_FormatsAsBrazilianReais(decimal amount, string expected)
    {
        Assert.That(ContractDocumentIssuer.Brl(amount), Is.EqualTo(expected));
    }
}
