using Conexa.Application.Common.Text;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;

namespace Conexa.Application.Contracts.Shared;

/// <summary>The pt-BR words that reports show for the contract's enums.</summary>
public static class ContractLabels
{
    public static string Of(RegisteredBy value) => value switch
    {
        RegisteredBy.OnlineContracting => "Contratação online",
        RegisteredBy.Manual => "Manual",
        RegisteredBy.Import => "Importação",
        _ => value.ToString(),
    };

    public static string Of(ContractStatus value) => value switch
    {
        ContractStatus.AwaitingPayment => "Aguardando pagamento",
        ContractStatus.Active => "Ativo",
        ContractStatus.Terminated => "Encerrado",
        ContractStatus.Suspended => "Suspenso por atraso",
        ContractStatus.Cancelled => "Cancelado sem pagamento",
        _ => value.ToString(),
    };

    /// <summary>
    /// Returns the status with the last day of service of a termination that is recorded but not yet past, such as
    /// "Ativo até 20/12/2026", short enough for the PDF's status column.
    /// </summary>
    public static string Of(ContractStatus status, DateOnly? endDate) => (status, endDate) switch
    {
        (ContractStatus.Active, { } last) => $"Ativo até {Portuguese.Date(last)}",
        (ContractStatus.Suspended, { } last) => $"Suspenso até {Portuguese.Date(last)}",
        _ => Of(status),
    };

    public static string Of(PaymentMethod value) => value switch
    {
        PaymentMethod.Card => "Cartão de crédito",
        PaymentMethod.Pix => "Pix",
        PaymentMethod.Boleto => "Boleto",
        _ => value.ToString(),
    };

    public static string Of(PaymentProvider value) => value switch
    {
        PaymentProvider.Efi => "EFI",
        PaymentProvider.Inter => "Banco Inter",
        _ => value.ToString(),
    };

    public static string Of(SignatureStatus value) => value switch
    {
        SignatureStatus.NotRequested => "Não solicitada",
        SignatureStatus.Sent => "Enviada",
        SignatureStatus.Signed => "Assinada",
        SignatureStatus.Cancelled => "Cancelada",
        _ => value.ToString(),
    };
}
