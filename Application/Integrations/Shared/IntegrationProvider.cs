namespace Conexa.Application.Integrations.Shared;

/// <summary>A provider whose account credentials a tenant may store: two payment providers and the e-signature provider.</summary>
public enum IntegrationProvider
{
    Efi,
    Inter,
    D4Sign,
}

/// <summary>Route names and the methods each provider offers.</summary>
public static class IntegrationProviders
{
    public static readonly IReadOnlyList<IntegrationProvider> All = [IntegrationProvider.Efi, IntegrationProvider.Inter, IntegrationProvider.D4Sign];

    /// <summary>Returns the lower-case name used in routes and JSON: efi, inter or d4sign.</summary>
    public static string Code(this IntegrationProvider provider) => provider switch
    {
        IntegrationProvider.Efi => "efi",
        IntegrationProvider.Inter => "inter",
        _ => "d4sign",
    };

    public static string DisplayName(this IntegrationProvider provider) => provider switch
    {
        IntegrationProvider.Efi => "EFI",
        IntegrationProvider.Inter => "Banco Inter",
        _ => "D4Sign",
    };

    /// <summary>
    /// Returns the methods the provider offers: EFI takes Pix, card and boleto, Inter issues boletos (with Pix),
    /// and D4Sign offers e-signature.
    /// </summary>
    public static IReadOnlyList<string> OfferedMethods(this IntegrationProvider provider) => provider switch
    {
        IntegrationProvider.Efi => [IntegrationMethods.Pix, IntegrationMethods.Card, IntegrationMethods.Boleto],
        IntegrationProvider.Inter => [IntegrationMethods.Boleto],
        _ => [IntegrationMethods.Signature],
    };
}

/// <summary>Method names as the admin API writes them.</summary>
public static class IntegrationMethods
{
    public const string Pix = "pix";
    public const string Card = "card";
    public const string Boleto = "boleto";
    public const string Signature = "signature";

    /// <summary>Returns the payment method of a name, or null for "signature" and unknown names.</summary>
    public static Domain.Plans.PaymentMethod? ToPaymentMethod(string name) => name switch
    {
        Pix => Domain.Plans.PaymentMethod.Pix,
        Card => Domain.Plans.PaymentMethod.Card,
        Boleto => Domain.Plans.PaymentMethod.Boleto,
        _ => null,
    };
}
