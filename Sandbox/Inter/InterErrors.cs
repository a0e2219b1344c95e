using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Inter;

/// <summary>One entry of Inter's violacoes list: the reason, the property and the value sent.</summary>
internal sealed record InterViolation(string Razao, string Propriedade, string? Valor = null);

/// <summary>Inter's error body: title, detail, timestamp and violacoes[{razao, propriedade, valor}].</summary>
internal static class InterErrors
{
    public static IResult Result(int statusCode, string title, string detail, IEnumerable<InterViolation>? violations = null)
    {
        var body = new JsonObject
        {
            ["title"] = title,
            ["detail"] = detail,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["violacoes"] = new JsonArray((violations ?? []).Select(v => (JsonNode)new JsonObject
            {
                ["razao"] = v.Razao,
                ["propriedade"] = v.Propriedade,
                ["valor"] = v.Valor,
            }).ToArray()),
        };
        return Results.Json(body, statusCode: statusCode);
    }

    public static IResult Invalid(IReadOnlyList<InterViolation> violations) =>
        Result(StatusCodes.Status400BadRequest, "Requisição inválida", "Há campos inválidos na requisição.", violations);

    public static IResult NotFound(string codigoSolicitacao) =>
        Result(StatusCodes.Status404NotFound, "Cobrança não encontrada", $"Nenhuma cobrança tem o codigoSolicitacao {codigoSolicitacao}.");
}
