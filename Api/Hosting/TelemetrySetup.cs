using Conexa.Application.Common.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Conexa.Api.Hosting;

/// <summary>
/// Collects traces and metrics with OpenTelemetry: ASP.NET Core requests, outgoing HttpClient calls to
/// the providers, .NET runtime figures and the product's own <see cref="ConexaTelemetry"/>. They are exported
/// over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, so the embedded default sends nothing.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "conexa-api";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(ConexaTelemetry.SourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(ConexaTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        // Both instrumentations replace query-string values with "Redacted" (OpenTelemetry .NET 1.8.1 and
        // later), so provider tokens sent in URLs never reach a trace.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }
}
