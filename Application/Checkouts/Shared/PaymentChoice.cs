using Conexa.Domain.Plans;

namespace Conexa.Application.Checkouts.Shared;

/// <summary>Parses the API's camelCase names of payment methods and providers.</summary>
public static class PaymentChoice
{
    public static PaymentMethod? ParseMethod(string? value) => value switch
    {
        "card" => PaymentMethod.Card,
        "pix" => PaymentMethod.Pix,
        "boleto" => PaymentMethod.Boleto,
        _ => null,
    };

    public static PaymentProvider? ParseProvider(string? value) => value switch
    {
        "efi" => PaymentProvider.Efi,
        "inter" => PaymentProvider.Inter,
        _ => null,
    };
}
