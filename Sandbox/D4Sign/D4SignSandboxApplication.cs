using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.D4Sign;

/// <summary>
/// Builds the D4Sign sandbox's web application: Kestrel on 127.0.0.1, from an empty builder so it reads no
/// settings of the process that starts it.
/// </summary>
internal static class D4SignSandboxApplication
{
    public static WebApplication Build(D4SignSandboxOptions options, D4SignFaults faults)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(D4SignSandboxApplication).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.Replace(ServiceDescriptor.Singleton<IHostLifetime, EmbeddedHostLifetime>());
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        if (options.LoggerFactory is { } hostLoggerFactory)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(hostLoggerFactory));
        }
        else
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton<RequestCounter>();
        builder.Services.AddSingleton<D4SignDocumentStore>();
        builder.Services.AddSingleton<D4SignCallbackSender>();

        var app = builder.Build();
        app.Use(CountRequest);
        D4SignApiEndpoints.Map(app);
        D4SignControlEndpoints.Map(app);
        return app;
    }

    private static Task CountRequest(HttpContext context, RequestDelegate next)
    {
        context.RequestServices.GetRequiredService<RequestCounter>().Record(context.Request.Method, context.Request.Path.Value ?? string.Empty);
        return next(context);
    }
}
