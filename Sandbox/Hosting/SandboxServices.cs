using Conexa.Sandbox.Auth;
using Conexa.Sandbox.Charges;
using Conexa.Sandbox.Delivery;
using Conexa.Sandbox.Pix;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Registers the sandbox's state and services. Everything is a singleton, because the state lives as long as the
/// sandbox.
/// </summary>
internal static class SandboxServices
{
    public static void Add(IServiceCollection services, EfiSandboxOptions options)
    {
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(options.TimeProvider);
        services.AddSingleton<SandboxClock>();
        services.AddSingleton<SandboxAddress>();
        services.AddSingleton<RequestCounter>();
        services.AddSingleton<SandboxFaults>();
        services.AddSingleton<CallbackDispatcher>();
        AddAuth(services);
        AddCharges(services, options);
        AddPix(services);
    }

    private static void AddAuth(IServiceCollection services)
    {
        services.AddSingleton<SandboxClients>();
        services.AddSingleton<ClientCredentialsValidator>();
        services.AddSingleton<ChargesTokenIssuer>();
        services.AddSingleton<PixTokenIssuer>();
    }

    private static void AddCharges(IServiceCollection services, EfiSandboxOptions options)
    {
        services.AddSingleton(new CustomerValidator(options.AcceptAlphanumericCnpj));
        services.AddSingleton<OneStepChargeParser>();
        services.AddSingleton<ChargeNotifier>();
        services.AddSingleton<ChargeStore>();
        services.AddSingleton<BilletFactory>();
        services.AddSingleton<ChargeCreator>();
    }

    private static void AddPix(IServiceCollection services)
    {
        services.AddSingleton<CobRequestParser>();
        services.AddSingleton<CobStore>();
        services.AddSingleton<CobFactory>();
        services.AddSingleton<WebhookRegistry>();
        services.AddSingleton<PixWebhookNotifier>();
        services.AddSingleton<CobPayer>();
    }
}
