using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Conexa.Sandbox.Auth;
using Conexa.Sandbox.Charges;
using Conexa.Sandbox.Control;
using Conexa.Sandbox.Pix;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Builds the sandbox's web application: Kestrel on 127.0.0.1 with every route mapped, plain HTTP for the Charges API
/// and the control page, and HTTPS with a required client certificate for the Pix API when the options ask for it.
/// </summary>
/// <remarks>
/// The builder starts empty, so the sandbox reads no appsettings, environment variables or Kestrel endpoints of
/// the host process that starts it.
/// </remarks>
internal static class SandboxApplication
{
    public static WebApplication Build(EfiSandboxOptions options, SandboxCertificates? pixCertificates)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxApplication).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            if (pixCertificates is not null)
            {
                kestrel.Listen(IPAddress.Loopback, options.PixPort, listen => listen.UseHttps(https =>
                {
                    https.ServerCertificate = pixCertificates.Server;
                    https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                    https.ClientCertificateValidation = (certificate, _, _) => pixCertificates.IsIssuedClientCertificate(certificate);
                }));
            }
        });
        builder.Services.AddRoutingCore();
        builder.Services.Replace(ServiceDescriptor.Singleton<IHostLifetime, EmbeddedHostLifetime>());
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        ConfigureLogging(builder, options);
        SandboxServices.Add(builder.Services, options);
        if (pixCertificates is not null)
        {
            builder.Services.AddSingleton(pixCertificates);
        }

        var app = builder.Build();
        if (pixCertificates is not null)
        {
            app.Use(KeepPixOnTheMutualTlsListener);
        }

        app.Use(CountRequest);
        app.Use(app.Services.GetRequiredService<SandboxFaults>().ApplyAsync);
        TokenEndpoints.Map(app);
        ChargeEndpoints.Map(app);
        PixEndpoints.Map(app);
        ControlEndpoints.Map(app);
        return app;
    }

    private static void ConfigureLogging(WebApplicationBuilder builder, EfiSandboxOptions options)
    {
        if (options.LoggerFactory is { } hostLoggerFactory)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(hostLoggerFactory));
            return;
        }

        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
    }

    /// <summary>
    /// Returns 404 for a Pix route reached over plain HTTP, and for any other route reached over HTTPS, so the Pix
    /// API is only reachable with a client certificate.
    /// </summary>
    private static Task KeepPixOnTheMutualTlsListener(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        var isPixRoute = path.StartsWithSegments("/oauth/token", StringComparison.Ordinal) || path.StartsWithSegments("/v2", StringComparison.Ordinal);
        if (isPixRoute != context.Request.IsHttps)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static Task CountRequest(HttpContext context, RequestDelegate next)
    {
        context.RequestServices.GetRequiredService<RequestCounter>()
            .Record(context.Request.Method, context.Request.Path.Value ?? string.Empty);
        return next(context);
    }
}
