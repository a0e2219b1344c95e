using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Conexa.Application.Attachments.Shared;
using Conexa.Application.Billing;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.ExportContracts;
using Conexa.Infrastructure.Billing;
using Conexa.Application.Common.Payments;
using Conexa.Application.Integrations.Shared;
using Conexa.Infrastructure.Email;
using Conexa.Infrastructure.Integrations;
using Conexa.Infrastructure.Outbox;
using Conexa.Infrastructure.Payments.Recovery;
using Conexa.Infrastructure.Payments;
using Conexa.Infrastructure.Payments.Efi;
using Conexa.Infrastructure.Payments.Inter;
using Conexa.Application.Payments.Reconciliation;
using Conexa.Infrastructure.Persistence;
using Conexa.Infrastructure.Signatures;
using Conexa.Infrastructure.Signatures.D4Sign;
using Conexa.Application.Common.Signatures;
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
        // The HTTP client factory's request logs repeat what the OpenTelemetry HttpClient instrumentation
        // records, and their two handlers wrap every provider call, so the clients go without them.
        services.ConfigureHttpClientDefaults(client => client.RemoveAllLoggers());
        AddDatabase(services, configuration);
        AddEfi(services, configuration);
        AddInter(services, configuration);
        services.AddOptions<ReconciliationOptions>().Bind(configuration.GetSection(ReconciliationOptions.SectionName));
        services.AddHostedService<ReconciliationProcessor>();
        AddOutbox(services, configuration);
        AddD4Sign(services, configuration);
        services.AddOptions<BillingOptions>().Bind(configuration.GetSection(BillingOptions.SectionName));
        services.AddScoped<IChargeWriter, ChargeWriter>();
        services.AddHostedService<BillingRunProcessor>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IPublicLinks>(sp => sp.GetRequiredService<PublicUrls>());
        AddIntegrations(services);
        AddEmail(services, configuration);
        services.AddOptions<AttachmentOptions>()
            .Bind(configuration.GetSection(AttachmentOptions.SectionName))
            .Validate(
                options => options.MaxFileSizeBytes > 0 && options.DefaultQuotaBytes >= 0 && options.MaxFilesPerCheckout > 0,
                "Attachments:MaxFileSizeBytes and Attachments:MaxFilesPerCheckout must be positive and Attachments:DefaultQuotaBytes must not be negative.")
            .Validate(
                options => options.MaxPendingBytesPerTenant > 0 && options.MaxPendingBytesPerSender > 0,
                "Attachments:MaxPendingBytesPerTenant and Attachments:MaxPendingBytesPerSender must be positive.")
            .ValidateOnStart();
        services.AddScoped<IFileStorage, Storage.DatabaseFileStorage>();
        services.AddHostedService<Storage.AttachmentCleanupProcessor>();
        AddDataProtection(services, configuration);
        services.AddSingleton<ISecretProtector, Security.DataProtectionSecretProtector>();
        services.AddScoped<IClientAreaAccounts, Identity.IdentityClientAreaAccounts>();
        services.AddScoped<IStaffDirectory, Identity.IdentityStaffDirectory>();
        services.AddSingleton<IContractReportWriter, Reports.ContractReportWriter>();
        services.AddSingleton<IContractPdfRenderer, Reports.ContractPdfRenderer>();
        services.AddSingleton<IQrCodeRenderer, Payments.QrCodePngRenderer>();
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
            // Pooled, so a request reuses a context instead of building one with its internal services. The write
            // gate still gets an event for each connection close, because EF Core closes a connection it opened
            // after each command or transaction, pooled or not.
            // NOTE: a connection that code opened itself and left open when the context goes back to the pool is
            // disposed without an interceptor event, so the write gate would not see that turn end. No code does.
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<DomainEventOutboxInterceptor>(), new SqliteConnectionSetup(), sp.GetRequiredService<SqliteWriteGate>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or SqlServer.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
    }

    /// <summary>Registers the tenants' own provider accounts: their encryption, look-up and connection test.</summary>
    private static void AddIntegrations(IServiceCollection services)
    {
        services.AddSingleton<IProviderSettingsProtector, ProviderSettingsProtector>();
        services.AddSingleton<IHostIntegrations, HostIntegrations>();
        services.AddSingleton<ClientCertificateCache>();
        services.AddScoped<ProviderAccounts>();
        services.AddScoped<IPaymentIntegrations, PaymentIntegrations>();
        services.AddScoped<IConnectionTester, ConnectionTester>();
    }

    /// <summary>
    /// Keeps the Data Protection key ring in the database, so every instance shares it. With
    /// DataProtection:KeyCertificatePath or DataProtection:KeyCertificateBase64 set, each key is encrypted with
    /// that certificate, so a copy of the database alone cannot decrypt card tokens or provider credentials.
    /// </summary>
    private static void AddDataProtection(IServiceCollection services, IConfiguration configuration)
    {
        var keyRing = services.AddDataProtection().SetApplicationName("Conexa").PersistKeysToDbContext<AppDbContext>();
        var path = configuration["DataProtection:KeyCertificatePath"];
        var base64 = configuration["DataProtection:KeyCertificateBase64"];
        if (string.IsNullOrWhiteSpace(path) && string.IsNullOrWhiteSpace(base64))
        {
            return;
        }

        var setting = string.IsNullOrWhiteSpace(path) ? "DataProtection:KeyCertificateBase64" : "DataProtection:KeyCertificatePath";
        X509Certificate2 certificate;
        try
        {
            var pkcs12 = string.IsNullOrWhiteSpace(path) ? Convert.FromBase64String(base64!) : File.ReadAllBytes(path);
            certificate = X509CertificateLoader.LoadPkcs12(pkcs12, configuration["DataProtection:KeyCertificatePassword"]);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The key ring certificate in {setting} could not be loaded ({exception.GetType().Name}); set a .pfx with its private key and DataProtection:KeyCertificatePassword.",
                exception);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The key ring certificate in {setting} has no private key, so the keys it encrypts could not be read back.");
        }

        keyRing.ProtectKeysWithCertificate(certificate);
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
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<RequestActivity>();
        services.AddSingleton<OutboxDeferral>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxDrain>(sp => sp.GetRequiredService<OutboxDispatcher>());
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

        services.AddSingleton<IValidateOptions<EfiOptions>, EfiPixCertificateValidator>();
        services.AddRefitGeneratedClient<IEfiPixApi>(pix)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptions<EfiOptions>>().Value.PixBaseUrl)
            .ConfigurePrimaryHttpMessageHandler(sp => EfiPixTransport.CreateRoutingHandler(sp.GetRequiredService<IOptions<EfiOptions>>().Value))
            .AddHttpMessageHandler(sp => new EfiTokenHandler("/oauth/token", sp.GetRequiredService<IOptions<EfiOptions>>(), sp.GetRequiredService<TimeProvider>()))
            .AddStandardResilienceHandler(ConfigureResilience);

        services.AddOptions<PaymentRecoveryOptions>().Bind(configuration.GetSection(PaymentRecoveryOptions.SectionName));
        services.AddHostedService<PaymentRecoveryProcessor>();
        services.AddScoped<EfiPaymentGateway>();
        services.AddScoped<IPaymentGateway>(sp => sp.GetRequiredService<EfiPaymentGateway>());
        services.AddScoped<IEfiNotificationSource>(sp => sp.GetRequiredService<EfiPaymentGateway>());
        services.AddScoped(sp => new EfiPixWebhookRegistrar(sp.GetRequiredService<IEfiPixApi>(), sp.GetRequiredService<IOptions<EfiOptions>>()));
    }

    /// <summary>
    /// Registers the D4Sign client. The host account (D4Sign:TokenApi) is optional, and its other settings are
    /// checked at start when it is set. Without it, only tenants that stored their own D4Sign account send
    /// contracts for signature.
    /// </summary>
    private static void AddD4Sign(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignatureOptions>().Bind(configuration.GetSection(SignatureOptions.SectionName));
        services.AddHostedService<SignatureReconciliationProcessor>();
        services.AddOptions<D4SignOptions>().Bind(configuration.GetSection(D4SignOptions.SectionName));
        services.AddScoped<ISignatureCallbackVerifier, D4SignCallbackVerifier>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{D4SignOptions.SectionName}:TokenApi"]))
        {
            services.AddOptions<D4SignOptions>()
                .Validate(
                    options => !string.IsNullOrWhiteSpace(options.CryptKey) && !string.IsNullOrWhiteSpace(options.HmacSecret),
                    "D4Sign:CryptKey and D4Sign:HmacSecret are required when D4Sign:TokenApi is set.")
                .ValidateOnStart();
        }

        services.AddOptions<D4SignOptions>()
            .Validate(
                options => options.BaseUrl.IsAbsoluteUri && options.BaseUrl.AbsolutePath.EndsWith('/'),
                "D4Sign:BaseUrl must be an absolute URL ending with /, such as https://secure.d4sign.com.br/api/v1/.")
            .Validate(
                options => options.AttemptTimeout > TimeSpan.Zero && options.TotalTimeout > options.AttemptTimeout,
                "D4Sign:AttemptTimeout must be positive and shorter than D4Sign:TotalTimeout.")
            .ValidateOnStart();

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var timeouts = configuration.GetSection(D4SignOptions.SectionName).Get<D4SignOptions>() ?? new D4SignOptions();
        services.AddTransient<D4SignCredentialsHandler>();
        services.AddRefitGeneratedClient<ID4SignApi>(settings)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptions<D4SignOptions>>().Value.BaseUrl)
            .AddHttpMessageHandler<D4SignCredentialsHandler>()
            .AddStandardResilienceHandler(options =>
            {
                // Uploads, signer lists and sendings are POSTs that D4Sign does not deduplicate, so only reads retry.
                options.Retry.DisableForUnsafeHttpMethods();
                options.AttemptTimeout.Timeout = timeouts.AttemptTimeout;
                options.TotalRequestTimeout.Timeout = timeouts.TotalTimeout;
                options.CircuitBreaker.SamplingDuration = timeouts.AttemptTimeout * 2 > TimeSpan.FromSeconds(30) ? timeouts.AttemptTimeout * 2 : TimeSpan.FromSeconds(30);
            });
        services.AddScoped<ISignatureProvider, D4SignSignatureProvider>();
    }

    /// <summary>
    /// Registers Inter: one Refit client over mutual TLS whose token handler picks the scope by method, and a
    /// token client of its own. The host account (Inter:ClientId) is optional, and its settings are checked
    /// at start when it is set. Reads and token requests are retried with jitter. Issuing and cancelling are
    /// not, because a retried POST could issue twice.
    /// </summary>
    private static void AddInter(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(InterOptions.SectionName);
        var settings = section.Get<InterOptions>() ?? new InterOptions();
        services.AddOptions<InterOptions>().Bind(section);
        if (settings.IsConfigured)
        {
            services.AddOptions<InterOptions>().ValidateOnStart();
            services.AddSingleton<IValidateOptions<InterOptions>, InterOptionsValidator>();
        }

        services.AddSingleton<InterCredentials>();
        services.AddSingleton<InterTokenCache>();
        services.AddTransient<InterAuthenticationHandler>();

        void Resilience(HttpStandardResilienceOptions options, bool retryUnsafeMethods)
        {
            if (!retryUnsafeMethods)
            {
                options.Retry.DisableForUnsafeHttpMethods();
            }

            options.Retry.Delay = settings.RetryDelay;
            options.Retry.UseJitter = true;
            options.AttemptTimeout.Timeout = settings.AttemptTimeout;
            options.TotalRequestTimeout.Timeout = settings.TotalRequestTimeout;
            options.CircuitBreaker.SamplingDuration = settings.AttemptTimeout * 3;
        }

        services.AddHttpClient(InterTokenCache.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<InterCredentials>().CreateHandler())
            .AddStandardResilienceHandler(options => Resilience(options, retryUnsafeMethods: true));

        var refit = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        }));
        services.AddRefitGeneratedClient<IInterCobrancaApi>(refit)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptions<InterOptions>>().Value.BaseUrl)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<InterCredentials>().CreateHandler())
            .AddHttpMessageHandler<InterAuthenticationHandler>()
            .AddStandardResilienceHandler(options => Resilience(options, retryUnsafeMethods: false));

        services.AddScoped<InterPaymentGateway>();
        services.AddScoped<IPaymentGateway>(sp => sp.GetRequiredService<InterPaymentGateway>());
        services.AddScoped<IInterChargeSource>(sp => sp.GetRequiredService<InterPaymentGateway>());
        services.AddScoped(sp => new InterWebhookRegistrar(sp.GetRequiredService<IInterCobrancaApi>()));
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
