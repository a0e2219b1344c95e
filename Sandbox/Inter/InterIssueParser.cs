using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Conexa.Sandbox.Inter;

/// <summary>A validated body of POST /cobranca/v3/cobrancas.</summary>
internal sealed record InterIssueRequest(string SeuNumero, decimal ValorNominal, DateOnly DataVencimento, int NumDiasAgenda, JsonObject Pagador);

/// <summary>
/// Validates an issue request as the sandbox's stand-in for Inter: seuNumero (15 characters at most),
/// valorNominal, dataVencimento not in the past, and the seven payer fields Inter's own SDK test sends
/// (cpfCnpj, tipoPessoa, nome, endereco, cidade, uf, cep). Every violation is listed, not only the first.
/// </summary>
internal static partial class InterIssueParser
{
    public const int MaxSeuNumeroLength = 15;

    private static readonly string[] RequiredPayerFields = ["cpfCnpj", "tipoPessoa", "nome", "endereco", "cidade", "uf", "cep"];

    public static (InterIssueRequest? Request, List<InterViolation> Violations) Parse(JsonNode? body, DateOnly today, bool acceptAlphanumericCnpj)
    {
        var violations = new List<InterViolation>();
        if (body is not JsonObject root)
        {
            violations.Add(new InterViolation("O corpo deve ser um objeto JSON.", "body"));
            return (null, violations);
        }

        var seuNumero = Text(root, "seuNumero");
        if (string.IsNullOrWhiteSpace(seuNumero) || seuNumero.Length > MaxSeuNumeroLength)
        {
            violations.Add(new InterViolation($"seuNumero é obrigatório e tem no máximo {MaxSeuNumeroLength} caracteres.", "seuNumero", seuNumero));
        }

        var valor = Number(root, "valorNominal");
        if (valor is not > 0m || decimal.Round(valor.Value, 2) != valor.Value)
        {
            violations.Add(new InterViolation("valorNominal deve ser um número positivo com até 2 casas decimais.", "valorNominal", root["valorNominal"]?.ToJsonString()));
        }

        var dueText = Text(root, "dataVencimento");
        var due = DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDue) ? parsedDue : (DateOnly?)null;
        if (due is null || due < today)
        {
            violations.Add(new InterViolation("dataVencimento deve estar no formato AAAA-MM-DD e não pode ser anterior a hoje.", "dataVencimento", dueText));
        }

        var numDiasAgenda = root["numDiasAgenda"] is null ? 0 : (int?)Number(root, "numDiasAgenda");
        if (numDiasAgenda is not (>= 0 and <= 60))
        {
            violations.Add(new InterViolation("numDiasAgenda deve ser um inteiro de 0 a 60.", "numDiasAgenda", root["numDiasAgenda"]?.ToJsonString()));
        }

        var payer = root["pagador"] as JsonObject;
        if (payer is null)
        {
            violations.Add(new InterViolation("pagador é obrigatório.", "pagador"));
        }
        else
        {
            ValidatePayer(payer, acceptAlphanumericCnpj, violations);
        }

        return violations.Count > 0
            ? (null, violations)
            : (new InterIssueRequest(seuNumero!, valor!.Value, due!.Value, numDiasAgenda!.Value, (JsonObject)payer!.DeepClone()), violations);
    }

    private static void ValidatePayer(JsonObject payer, bool acceptAlphanumericCnpj, List<InterViolation> violations)
    {
        foreach (var field in RequiredPayerFields)
        {
            if (string.IsNullOrWhiteSpace(Text(payer, field)))
            {
                violations.Add(new InterViolation($"pagador.{field} é obrigatório.", $"pagador.{field}"));
            }
        }

        var kind = Text(payer, "tipoPessoa");
        if (kind is not null && kind is not ("FISICA" or "JURIDICA"))
        {
            violations.Add(new InterViolation("tipoPessoa deve ser FISICA ou JURIDICA.", "pagador.tipoPessoa", kind));
        }

        var document = Text(payer, "cpfCnpj");
        if (!string.IsNullOrEmpty(document))
        {
            ValidateDocument(document, kind, acceptAlphanumericCnpj, violations);
        }

        var state = Text(payer, "uf");
        if (!string.IsNullOrEmpty(state) && !StatePattern().IsMatch(state))
        {
            violations.Add(new InterViolation("uf deve ter 2 letras maiúsculas.", "pagador.uf", state));
        }

        var postalCode = Text(payer, "cep");
        if (!string.IsNullOrEmpty(postalCode) && !PostalCodePattern().IsMatch(postalCode))
        {
            violations.Add(new InterViolation("cep deve ter 8 dígitos, sem máscara.", "pagador.cep", postalCode));
        }
    }

    private static void ValidateDocument(string document, string? kind, bool acceptAlphanumericCnpj, List<InterViolation> violations)
    {
        var masked = document.Length > 4 ? new string('*', document.Length - 4) + document[^4..] : document;
        if (kind == "FISICA" && !CpfPattern().IsMatch(document))
        {
            violations.Add(new InterViolation("cpfCnpj de pessoa física deve ter 11 dígitos, sem máscara.", "pagador.cpfCnpj", masked));
        }
        else if (kind == "JURIDICA" && NumericCnpjPattern().IsMatch(document))
        {
            return;
        }
        else if (kind == "JURIDICA" && AlphanumericCnpjPattern().IsMatch(document))
        {
            if (!acceptAlphanumericCnpj)
            {
                violations.Add(new InterViolation("cpfCnpj: CNPJ alfanumérico ainda não é aceito; use um CNPJ só com dígitos.", "pagador.cpfCnpj", masked));
            }
        }
        else if (kind == "JURIDICA")
        {
            violations.Add(new InterViolation("cpfCnpj de pessoa jurídica deve ter 14 caracteres, sem máscara.", "pagador.cpfCnpj", masked));
        }
    }

    private static string? Text(JsonObject parent, string name) =>
        parent[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static decimal? Number(JsonObject parent, string name) =>
        parent[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) ? number : null;

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex StatePattern();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex("^[0-9]{11}$")]
    private static partial Regex CpfPattern();

    [GeneratedRegex("^[0-9]{14}$")]
    private static partial Regex NumericCnpjPattern();

    [GeneratedRegex("^[0-9A-Z]{12}[0-9]{2}$")]
    private static partial Regex AlphanumericCnpjPattern();
}
