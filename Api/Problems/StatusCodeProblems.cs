using Microsoft.AspNetCore.Http.Metadata;

namespace Conexa.Api.Problems;

/// <summary>
/// Fills in the Portuguese title and detail of the problem details that ASP.NET Core writes for a bare status
/// code, such as 404 for a route that does not exist or an identifier that is not a GUID. Problems that already
/// have a detail, such as the exception handler's, stay as they are.
/// </summary>
internal static class StatusCodeProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null || problem.Status is not { } status)
        {
            return;
        }

        var (title, detail) = status switch
        {
            StatusCodes.Status401Unauthorized => (
                "Não autenticado",
                "Entre com POST /api/auth/login e envie o accessToken no cabeçalho Authorization: Bearer. Um token vencido, ou de antes de uma troca de senha, não vale mais."),
            StatusCodes.Status403Forbidden => (
                "Sem permissão",
                "Seu usuário não tem o papel que esta ação exige (equipe para consultar, administrador para alterar). Peça a um administrador da empresa."),
            StatusCodes.Status404NotFound => (
                "Não encontrado",
                "Nenhuma rota responde a este endereço. Confira o caminho no documento OpenAPI em /swagger; identificadores no caminho são GUIDs, como 0f8fad5b-d9cb-469f-a165-70867728950e."),
            StatusCodes.Status405MethodNotAllowed => (
                "Método não aceito",
                $"Este endereço não aceita {context.HttpContext.Request.Method}. Os métodos aceitos estão no cabeçalho Allow e no documento OpenAPI em /swagger."),
            StatusCodes.Status413PayloadTooLarge => (
                "Corpo grande demais",
                "O corpo da requisição passa do limite de 1 MB. Arquivos vão por POST /api/public/plans/{linkToken}/attachments, um por requisição."),
            StatusCodes.Status415UnsupportedMediaType => (
                "Tipo de conteúdo não aceito",
                $"Envie o corpo com o cabeçalho Content-Type: {AcceptedContentTypes(context.HttpContext)}."),
            _ => (null, null),
        };
        if (detail is null)
        {
            return;
        }

        problem.Title = title;
        problem.Detail = detail;
    }

    /// <summary>
    /// Lists the content types the route declares it reads. A route without that metadata that still rejected a
    /// JSON body reads a form, such as a provider callback; any other route reads JSON.
    /// </summary>
    private static string AcceptedContentTypes(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes;
        if (declared is { Count: > 0 })
        {
            return string.Join(" ou ", declared);
        }

        return context.Request.HasJsonContentType() ? "application/x-www-form-urlencoded ou multipart/form-data" : "application/json";
    }
}
