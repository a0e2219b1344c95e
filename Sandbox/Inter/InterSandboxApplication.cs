using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Inter;

/// <summary>
/// Builds the Inter sandbox's web application: Kestrel on 127.0.0.1 with two listeners, HTTPS with a
/// required client certificate for Inter's API and plain HTTP for the control page. Each route is served
/// only on its own listener.
/// </summary>
internal static class InterSandboxApplication
{
    public static WebApplication Build(InterSandboxOptions options, SandboxCertificates certificates, InterFaultSwitches faults)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(InterSandboxApplication).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = certificates.Server;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.ClientCertificateValidation = (certificate, _, _) => certificates.IsIssuedClientCertificate(certificate);
            }));
            kestrel.Listen(IPAddress.Loopback, options.ControlPort);
        });
        builder.Services.AddRoutingCore();
        builder.Services.Replace(ServiceDescriptor.Singleton<IHostLifetime, EmbeddedHostLifetime>());
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        if (options.LoggerFactory is { } hostLoggerFactory)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(hostLoggerFactory));
        }
        else
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton<SandboxAddress>();
        builder.Services.AddSingleton<RequestCounter>();
        builder.Services.AddSingleton<InterTokens>();
        builder.Services.AddSingleton<InterWebhookSender>();
        builder.Services.AddSingleton<InterChargeStore>();

        var app = builder.Build();
        app.Use(KeepRoutesOnTheirListener);
        app.Use(CountRequest);
        app.UseWhen(context => context.Request.IsHttps, api => api.Use(InterFaultMiddleware.InvokeAsync));
        InterApiEndpoints.Map(app);
        InterControlEndpoints.Map(app);
        return app;
    }

    /// <summary>Returns 404 for a control route on the HTTPS listener, and for an API route on the control listener.</summary>
    private static Task KeepRoutesOnTheirListener(HttpContext context, RequestDelegate next)
    {
        var isControlRoute = context.Request.Path.StartsWithSegments("/sandbox", StringComparison.Ordinal);
        if (isControlRoute == context.Request.IsHttps)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static Task CountRequest(HttpContext context, RequestDelegate next)
    {
        if (context.Request.IsHttps)
        {
            context.RequestServices.GetRequiredService<RequestCounter>()
                .Record(context.Request.Method, context.Request.Path.Value ?? string.Empty);
        }

        return next(context);
    }
}
