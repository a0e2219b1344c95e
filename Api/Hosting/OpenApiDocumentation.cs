using Swashbuckle.AspNetCore.SwaggerGen;

namespace Conexa.Api.Hosting;

internal static class OpenApiDocumentation
{
    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc("v1", new Microsoft.OpenApi.OpenApiInfo
        {
            Title = "Conexa Online Contracting API",
            Version = "v1",
            Description = "Public checkout, provider callbacks and the operator's admin API. Errors are RFC 9457 problem details.",
        });
        options.AddSecurityDefinition(OpenApiSecurity.SchemeId, OpenApiSecurity.Scheme);
        options.OperationFilter<OpenApiExamples>();
        options.OperationFilter<OpenApiSecurity>();
    }
}
