using System.Text.Json;
using Conexa.Application.Billing;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.ExportContracts;
using Conexa.Infrastructure.Billing;
using Conexa.Application.Common.Payments;
using Conexa.Infrastructure.Email;
using Conexa.Infrastructure.Outbox;
using Conexa.Infrastructure.Payments;
using Conexa.Infrastructure.Payments.Efi;
using Conexa.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace Conexa.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (Database:Provider is Sqlite or SqlServer) and the payment providers.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        AddDatabase(services, configuration);
        AddEfi(services, configuration);
        AddOutbox(services, configuration);
        services.AddOptions<BillingOptions>().Bind(configuration.GetSection(BillingOptions.SectionName));
        services.AddHostedService<BillingRunProcessor>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IPublicLinks>(sp => sp.GetRequiredService<PublicUrls>());
        services.AddSingleton<IPaymentIntegrations, PaymentIntegrations>();
        AddEmail(services, configuration);
        services.AddDataProtection().SetApplicationName("Conexa").PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<ISecretProtector, Security.DataProtectionSecretProtector>();
        services.AddScoped<IClientAreaAccounts, Identity.IdentityClientAreaAccounts>();
        services.AddSingleton<IContractReportWriter, Reports.ContractReportWriter>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    private static void AddDatabase(IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Default") ?? "Data Source=conexa.db";

        if (string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, options) => options
                .UseSqlServer(connectionString)
                .AddInterceptors(sp.GetRequiredService<DomainEventOutboxInterceptor>()));
        }
        else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<DomainEventOutboxInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or SqlServer.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        if (string.IsNullOrWhiteSpace(configuration[$"{EmailOptions.SectionName}:SmtpHost"]))
        {
            services.TryAddSingleton<IEmailSender, HistoryOnlyEmailSender>();
        }
        else
        {
            services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        }
    }

    private static void AddOutbox(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddSingleton<DomainEventOutboxInterceptor>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxProcessor>();
    }

    private static void AddEfi(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EfiOptions>()
            .Bind(configuration.GetSection(EfiOptions.SectionName))
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.ClientId) && !string.IsNullOrWhiteSpace(options.ClientSecret) && !string.IsNullOrWhiteSpace(options.PixKey),
                "Efi:ClientId, Efi:ClientSecret and Efi:PixKey are required; set them, or set Sandbox:Enabled=true to use the local sandbox.")
            .ValidateOnStart();

        var charges = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        }));
        var pix = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        services.AddRefitGeneratedClient<IEfiChargesApi>(charges)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptions<EfiOptions>>().Value.ChargesBaseUrl)
            .AddHttpMessageHandler(sp => new EfiTokenHandler("/v1/authorize", sp.GetRequiredService<IOptions<EfiOptions>>(), sp.GetRequiredService<TimeProvider>()))
            .AddStandardResilienceHandler(ConfigureResilience);

        services.AddRefitGeneratedClient<IEfiPixApi>(pix)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptions<EfiOptions>>().Value.PixBaseUrl)
            .AddHttpMessageHandler(sp => new EfiTokenHandler("/oauth/token", sp.GetRequiredService<IOptions<EfiOptions>>(), sp.GetRequiredService<TimeProvider>()))
            .AddStandardResilienceHandler(ConfigureResilience);

        services.AddScoped<EfiPaymentGateway>();
        services.AddScoped<IPaymentGateway>(sp => sp.GetRequiredService<EfiPaymentGateway>());
        services.AddScoped<IEfiNotificationSource>(sp => sp.GetRequiredService<EfiPaymentGateway>());
        services.AddScoped(sp => new EfiPixWebhookRegistrar(sp.GetRequiredService<IEfiPixApi>(), sp.GetRequiredService<IOptions<EfiOptions>>()));
    }

    /// <summary>
    /// Retries only idempotent methods (a retried card POST could charge twice), and keeps the total
    /// within the charge's start lease.
    /// </summary>
    private static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        options.Retry.DisableForUnsafeHttpMethods();
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
    }
}
