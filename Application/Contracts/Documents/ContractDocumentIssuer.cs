using System.Globalization;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Checkouts;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;

namespace Conexa.Application.Contracts.Documents;

/// <summary>Fills a new contract's terms from its plan's template (or the default one), and lays issued terms out as a PDF.</summary>
public sealed class ContractDocumentIssuer(IContractPdfRenderer renderer)
{
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    /// <summary>
    /// Issues the terms of a contract made by <paramref name="checkout"/>. A checkout that kept the payer details typed in
    /// it (a returning customer's) names that payer with the customer's CPF/CNPJ, because its submitter proved only that
    /// they have the number: the name and e-mail on file are not shown to them, as on the boleto.
    /// </summary>
    public static ContractDocument Issue(Contract contract, Plan plan, Tenant tenant, Unit unit, Customer customer, LinkedPerson linkedPerson, Checkout checkout, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(checkout);
        var values = new Dictionary<string, string>(Values(contract, tenant, unit, customer, linkedPerson), StringComparer.Ordinal);
        if (checkout.HasPayer)
        {
            values["cliente"] = checkout.PayerName!;
            values["email"] = checkout.PayerEmail!;

            // A person is their own representative, so the name on file would show there too.
            if (customer.Kind == CustomerKind.Person)
            {
                values["representante"] = checkout.PayerName!;
            }
        }

        var text = ContractTemplate.Render(plan.ContractTemplate ?? ContractTemplate.Default, values);
        return ContractDocument.Issue(contract, FileName(contract), $"Contrato {plan.Name} - {values["cliente"]}", text, now);
    }

    /// <summary>Lays out the issued terms as a PDF.</summary>
    public byte[] Pdf(ContractDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return renderer.Render(document.Title, document.Text);
    }

    /// <summary>Returns the placeholder values of a contract, formatted for pt-BR.</summary>
    public static IReadOnlyDictionary<string, string> Values(Contract contract, Tenant tenant, Unit unit, Customer customer, LinkedPerson linkedPerson)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(linkedPerson);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cliente"] = customer.Name,
            ["documento"] = customer.Document.Formatted,
            ["email"] = customer.Email,
            ["representante"] = linkedPerson.Name,
            ["plano"] = contract.PlanName,
            ["unidade"] = unit.Name,
            ["contratada"] = tenant.Name,
            ["mensalidade"] = Brl(contract.MonthlyPrice),
            ["adesao"] = Brl(contract.AdhesionFee),
            ["inicio"] = contract.StartDate.ToString("dd/MM/yyyy", PtBr),
            ["vencimento"] = contract.DueDay.ToString(PtBr),
            ["data"] = contract.StartDate.ToString("d 'de' MMMM 'de' yyyy", PtBr),
        };
    }

    /// <summary>Formats an amount as "R$ 1.234,56" with a plain space, whatever the platform's pt-BR currency pattern.</summary>
    public static string Brl(decimal amount) => "R$ " + amount.ToString("#,##0.00", PtBr);

    public static string FileName(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return $"contrato-{Contract.ShortCode(contract.Id).ToLowerInvariant()}-{contract.StartDate:yyyyMMdd}.pdf";
    }
}
