namespace Conexa.Infrastructure.Reports;

/// <summary>The pt-BR labels of the contracts report's columns, in file order.</summary>
internal static class ReportColumns
{
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
