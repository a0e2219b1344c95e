using System.Text.Json;
using System.Text.Json.Serialization;
using Conexa.Api.Authentication;
using Conexa.Api.Demo;
using Conexa.Api.Endpoints;
using Conexa.Api.Problems;
using Conexa.Api.Security;
using Conexa.Application;
using Conexa.Application.Common.Behaviours;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Checkouts.SubmitCheckout;
using Conexa.Infrastructure;
using Conexa.Infrastructure.Identity;
using Conexa.Infrastructure.Outbox;
using Conexa.Infrastructure.Payments;
using Conexa.Infrastructure.Payments.Efi;
using Conexa.Infrastructure.Payments.Inter;
using Conexa.Infrastructure.Persistence;
using Conexa.Sandbox;
using Conexa.Sandbox.D4Sign;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Api.Hosting;

/// <summary>Builds and starts the API; the tests use the same two steps with their own configuration.</summary>
public static partial class ApiHost
{
    /// <summary>Builds the application. With Sandbox:Enabled it first starts the local EFI, Inter and D4Sign sandboxes and points the clients at them.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        var sandboxEnabled = builder.Configuration.GetValue<bool>("Sandbox:Enabled");
        if (sandboxEnabled)
        {
            await StartSandboxAsync(builder);
            await StartD4SignSandboxAsync(builder);
        }

        AddServices(builder, sandboxEnabled);
        builder.AddTelemetry();
        var app = builder.Build();
        UsePipeline(app, sandboxEnabled);
        return app;
    }

    /// <summary>Migrates the database, seeds the demo when configured, starts listening and registers provider webhooks.</summary>
    public static async Task StartAsync(WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging lets readers go on while one request writes; the mode is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
            if (app.Configuration.GetValue<bool>("Demo:Seed"))
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
            }
        }

        await app.StartAsync();

        var baseUrl = PublicBaseUrl(app);
        app.Services.GetRequiredService<PublicUrls>().BaseUrl = baseUrl;
        if (app.Configuration.GetValue<bool>("Sandbox:Enabled"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<EfiPixWebhookRegistrar>().RegisterAsync(baseUrl, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<InterWebhookRegistrar>().RegisterAsync(baseUrl, CancellationToken.None);
            LogSandboxStarted(app.Logger, new Uri(app.Services.GetRequiredService<EfiSandbox>().BaseAddress, "sandbox"));
            LogD4SignSandboxStarted(app.Logger, new Uri(app.Services.GetRequiredService<D4SignSandbox>().BaseAddress, "sandbox"));
            LogInterSandboxStarted(app.Logger, new Uri(app.Services.GetRequiredService<InterSandbox>().ControlAddress, "sandbox"));
        }

        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            await LogDemoLinksAsync(app, baseUrl);
        }
    }

    private static async Task StartSandboxAsync(WebApplicationBuilder builder)
    {
        var options = new EfiSandboxOptions
        {
            Port = builder.Configuration.GetValue<int>("Sandbox:EfiPort"),
            PixPort = builder.Configuration.GetValue<int>("Sandbox:EfiPixPort"),
            AutoPayPixUpToTenReais = builder.Configuration.GetValue<bool>("Sandbox:AutoPayPixUpToTenReais"),
        };
        var sandbox = await EfiSandbox.StartAsync(options);
        builder.Services.AddSingleton(sandbox);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Efi:ChargesBaseUrl"] = sandbox.BaseAddress.ToString(),
            ["Efi:PixBaseUrl"] = sandbox.PixBaseAddress.ToString(),
            ["Efi:ClientId"] = options.ClientId,
            ["Efi:ClientSecret"] = options.ClientSecret,
            ["Efi:PixKey"] = options.PixKey,
            ["Efi:PixCertificateBase64"] = Convert.ToBase64String(sandbox.PixClientCertificatePkcs12.Span),
            ["Efi:PixCertificatePassword"] = sandbox.PixClientCertificatePassword,
            ["Efi:PixTrustedCertificateAuthorityPem"] = sandbox.PixCertificateAuthorityPem,
        });

        await StartInterSandboxAsync(builder);
    }

    /// <summary>
    /// Starts the Inter sandbox and points Inter at it: the client certificate it issued, its client
    /// credentials, and its CA as the only trusted root of the Inter client.
    /// </summary>
    private static async Task StartInterSandboxAsync(WebApplicationBuilder builder)
    {
        var options = new InterSandboxOptions
        {
            Port = builder.Configuration.GetValue<int>("Sandbox:InterPort"),
            ControlPort = builder.Configuration.GetValue<int>("Sandbox:InterControlPort"),
            ProcessingDelay = builder.Configuration.GetValue("Sandbox:InterProcessingDelay", TimeSpan.FromSeconds(2)),
            AcceptAlphanumericCnpj = builder.Configuration.GetValue("Sandbox:InterAcceptsAlphanumericCnpj", true),
        };
        var sandbox = await InterSandbox.StartAsync(options);
        builder.Services.AddSingleton(sandbox);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Inter:BaseUrl"] = sandbox.BaseAddress.ToString(),
            ["Inter:ClientId"] = options.ClientId,
            ["Inter:ClientSecret"] = options.ClientSecret,
            ["Inter:CertificateBase64"] = Convert.ToBase64String(sandbox.ClientCertificatePfx.Span),
            ["Inter:CertificatePassword"] = sandbox.ClientCertificatePassword,
            ["Inter:CertificatePath"] = null,
            ["Inter:TrustedCertificateAuthorityPem"] = sandbox.CertificateAuthorityPem,
        });
    }

    private static async Task StartD4SignSandboxAsync(WebApplicationBuilder builder)
    {
        var options = new D4SignSandboxOptions { Port = builder.Configuration.GetValue<int>("Sandbox:D4SignPort") };
        var sandbox = await D4SignSandbox.StartAsync(options);
        builder.Services.AddSingleton(sandbox);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["D4Sign:BaseUrl"] = sandbox.ApiBaseAddress.ToString(),
            ["D4Sign:TokenApi"] = options.TokenApi,
            ["D4Sign:CryptKey"] = options.CryptKey,
            ["D4Sign:HmacSecret"] = options.HmacSecret,
            ["D4Sign:SafeUuid"] = options.SafeUuid,
        });
    }

    private static void AddServices(WebApplicationBuilder builder, bool sandboxEnabled)
    {
        var services = builder.Services;
        services.AddApplication();
        services.AddInfrastructure(builder.Configuration);
        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(SubmitCheckoutCommand)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });

        services.AddIdentityApiEndpoints<AppUser>(options =>
            {
                // The checkout form requires 8 or more characters with letters and digits from customers.
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.User.RequireUniqueEmail = true;

                // One address gets LoginThrottle.FailuresPerAddress tries, so locking the account takes many addresses.
                options.Lockout.MaxFailedAccessAttempts = LoginThrottle.FailuresPerAccount;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Policies.AdminRole).RequireClaim(AppUserClaimsPrincipalFactory.TenantClaim))
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Policies.AdminRole, Policies.StaffRole).RequireClaim(AppUserClaimsPrincipalFactory.TenantClaim))
            .AddPolicy(Policies.Customer, policy => policy
                .RequireRole(Policies.CustomerRole)
                .RequireClaim(AppUserClaimsPrincipalFactory.TenantClaim)
                .RequireClaim(AppUserClaimsPrincipalFactory.CustomerClaim));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<ICurrentCustomer, HttpCurrentCustomer>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<ICheckoutEnvironment>(new CheckoutEnvironment(sandboxEnabled));

        services.AddMemoryCache();
        services.AddSingleton<LoginThrottle>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = StatusCodeProblems.Describe);
        services.AddPublicRateLimiting(builder.Configuration);
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = 1_048_576);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(OpenApiDocumentation.Configure);
    }

    internal static void ConfigureJson(JsonSerializerOptions options)
    {
        // Enums are read from their names only (in any letter case), because a number such as 1 would silently pick a member.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new MoneyJsonConverter());

        // A member sent twice ("acceptedTerms": false, then true) is rejected instead of the last one silently winning.
        options.AllowDuplicateProperties = false;
    }

    private static void UsePipeline(WebApplication app, bool sandboxEnabled)
    {
        // Counted first, so the outbox's deferral counts every request, including ones a later middleware ends.
        var activity = app.Services.GetRequiredService<RequestActivity>();
        app.Use(async (context, next) =>
        {
            activity.Begin();
            try
            {
                await next(context);
            }
            finally
            {
                activity.End();
            }
        });
        UseTrustedProxies(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RepeatedQueryParameterMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseMiddleware<RevokedLoginMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSwagger();
        app.UseSwaggerUI();

        // /health checks everything. /health/live checks only that the process runs, so an orchestrator does
        // not restart instances while the database is down, and /health/ready checks the database.
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPublicCheckoutEndpoints();
        app.MapWebhookEndpoints();
        app.MapAuthEndpoints();
        app.MapContractEndpoints();
        app.MapPlanEndpoints();
        app.MapEmailEndpoints();
        app.MapTenantEndpoints();
        app.MapIntegrationEndpoints();
        app.MapCustomerEndpoints();
        app.MapUnitEndpoints();
        app.MapDashboardEndpoints();
        app.MapClientAreaEndpoints();
        if (sandboxEnabled)
        {
            app.MapSandboxEndpoints();
            app.MapTestClockEndpoints();
        }

        // The single-page app's routes. Under /api, routing returns 404 for unknown routes, 405 for a
        // wrong method and 415 for a wrong content type, as problem details.
        foreach (var spaRoute in new[] { "checkout/{*path}", "admin/{*path}", "client/{*path}" })
        {
            app.MapFallbackToFile(spaRoute, "index.html");
        }
    }

    /// <summary>
    /// Reads the client address and scheme from X-Forwarded-For and X-Forwarded-Proto, but only when the
    /// request comes from a proxy listed in ForwardedHeaders:KnownProxies (comma-separated addresses).
    /// Without the list the headers are ignored, so no client can choose the address the rate limit uses.
    /// </summary>
    private static void UseTrustedProxies(WebApplication app)
    {
        var proxies = (app.Configuration["ForwardedHeaders:KnownProxies"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (proxies.Length == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        app.UseForwardedHeaders(options);
    }

    private static Uri PublicBaseUrl(WebApplication app)
    {
        var configured = app.Configuration["PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured.TrimEnd('/') + "/");
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.First();
        return new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    private static async Task LogDemoLinksAsync(WebApplication app, Uri baseUrl)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var links = await (
                from plan in db.Plans.AsNoTracking()
                where plan.IsActive
                join tenant in db.Tenants.AsNoTracking() on plan.TenantId equals tenant.Id
                select new { TenantName = tenant.Name, PlanName = plan.Name, plan.LinkToken })
            .ToListAsync();

        foreach (var link in links)
        {
            LogDemoLink(app.Logger, link.TenantName, link.PlanName, new Uri(baseUrl, $"checkout/{link.LinkToken}"));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "EFI sandbox started; its page of charges is {SandboxPageUrl}")]
    private static partial void LogSandboxStarted(ILogger logger, Uri sandboxPageUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "D4Sign sandbox started; its page of documents is {SandboxPageUrl}")]
    private static partial void LogD4SignSandboxStarted(ILogger logger, Uri sandboxPageUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inter sandbox started; its page of boletos is {SandboxPageUrl}")]
    private static partial void LogInterSandboxStarted(ILogger logger, Uri sandboxPageUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo checkout link of {TenantName} / {PlanName}: {CheckoutUrl}")]
    private static partial void LogDemoLink(ILogger logger, string tenantName, string planName, Uri checkoutUrl);
}
