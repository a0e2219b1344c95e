namespace Conexa.Infrastructure.Reports;

/// <summary>The pt-BR labels of the contracts report's columns, in file order.</summary>
internal static class ReportColumns
{
    /// <summary>The line written in place of the rows when no contract matches the filters.</summary>
    public const string NoRows = "Nenhum contrato encontrado com estes filtros.";

    public static readonly IReadOnlyList<string> Labels =
    [
        "Contrato",
        "Cliente",
        "CPF/CNPJ",
        "Plano",
        "Unidade",
        "Cadastrado por",
        "Situação",
        "Início",
        "Dia de vencimento",
        "Mensalidade",
        "Forma de pagamento",
        "Assinatura",
    ];
}
