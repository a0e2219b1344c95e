using System.Text.RegularExpressions;
using Conexa.Domain.Common;

namespace Conexa.Domain.Plans;

/// <summary>
/// The text of a plan's contract, with placeholders such as {cliente} written between braces. Only the
/// names in <see cref="Placeholders"/> are accepted, so a typo is rejected when the template is set.
/// </summary>
public static partial class ContractTemplate
{
    public const int MaxLength = 20_000;

    /// <summary>Every placeholder a template may use, with what it is replaced by.</summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cliente"] = "customer's name",
        ["documento"] = "customer's CPF or CNPJ, formatted",
        ["email"] = "customer's e-mail",
        ["representante"] = "linked person's name (the customer's own name for a person)",
        ["plano"] = "plan name",
        ["unidade"] = "unit name",
        ["contratada"] = "tenant name",
        ["mensalidade"] = "monthly price, as R$ 1.234,56",
        ["adesao"] = "adhesion fee, as R$ 1.234,56",
        ["inicio"] = "start date, as dd/MM/yyyy",
        ["vencimento"] = "due day of month",
        ["data"] = "contracting date written out, as 6 de fevereiro de 2027",
    };

    /// <summary>The pt-BR contract used by plans that have no template of their own.</summary>
    public const string Default =
        "CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE ESPAÇO COMPARTILHADO\n\n" +
        "CONTRATADA: {contratada}, unidade {unidade}.\n" +
        "CONTRATANTE: {cliente}, inscrito(a) sob o CPF/CNPJ {documento}, e-mail {email}. Responsável pela contratação: {representante}.\n\n" +
        "1. OBJETO. A CONTRATADA presta à CONTRATANTE os serviços do plano {plano}, nas condições descritas na oferta aceita no momento da contratação.\n\n" +
        "2. PREÇO. A mensalidade é de {mensalidade}, com vencimento todo dia {vencimento}. Nos meses que não têm esse dia, o vencimento é o último dia do mês. A taxa de adesão é de {adesao}, cobrada uma única vez com a primeira mensalidade.\n\n" +
        "3. VIGÊNCIA. O contrato começa em {inicio} e vigora por prazo indeterminado, até ser encerrado por qualquer das partes.\n\n" +
        "4. ENCERRAMENTO. No encerramento, o último período é cobrado proporcionalmente aos dias de uso. Valores pagos e não usados viram crédito da CONTRATANTE. A taxa de adesão não é proporcionalizada.\n\n" +
        "5. DADOS PESSOAIS. Os dados da CONTRATANTE são tratados conforme a Lei Geral de Proteção de Dados (Lei 13.709/2018), apenas para executar este contrato.\n\n" +
        "Contratado online em {data}. As partes assinam eletronicamente.";

    /// <summary>Returns the template's placeholders that are not in <see cref="Placeholders"/>.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string template) =>
        PlaceholderPattern().Matches(template)
            .Select(m => m.Groups[1].Value)
            .Where(name => !Placeholders.ContainsKey(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Checks a template before a plan keeps it, and throws a broken rule naming the unknown placeholders.</summary>
    public static string Validate(string template)
    {
        var text = Guard.NotBlank(template, nameof(template));
        if (text.Length > MaxLength)
        {
            throw new BusinessRuleException("contract-template-too-long", $"O modelo de contrato tem {text.Length} caracteres, acima do máximo de {MaxLength}. Encurte o texto.");
        }

        var unknown = UnknownPlaceholders(text);
        if (unknown.Count > 0)
        {
            throw new BusinessRuleException(
                "contract-template-placeholder-unknown",
                $"O modelo usa campos que não existem: {string.Join(", ", unknown.Select(n => "{" + n + "}"))}. Use só {string.Join(", ", Placeholders.Keys.Select(n => "{" + n + "}"))}.");
        }

        return text;
    }

    /// <summary>Replaces each placeholder by its value. A placeholder without a value is left as written.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        return PlaceholderPattern().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);
    }

    [GeneratedRegex(@"\{([a-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
