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
