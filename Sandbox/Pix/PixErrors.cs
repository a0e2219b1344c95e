using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Error bodies of the Pix API in EFI's {"nome", "mensagem"} shape.
/// </summary>
internal static class PixErrors
{
    public static IResult Body(int httpStatus, string nome, string mensagem)
    {
        var body = new JsonObject { ["nome"] = nome, ["mensagem"] = mensagem };
        return Results.Json(body, statusCode: httpStatus);
    }

    public static IResult BadRequest(string nome, string mensagem) =>
        Body(StatusCodes.Status400BadRequest, nome, mensagem);

    /// <summary>Returns 400 "valor_invalido", the name EFI uses for a field with an invalid value.</summary>
    public static IResult InvalidValue(string mensagem) => BadRequest("valor_invalido", mensagem);

    public static IResult CobNotFound(string txid) =>
        Body(StatusCodes.Status404NotFound, "cobranca_nao_encontrada", $"Nenhuma cobrança encontrada com o txid {txid}.");

    // NOTE: EFI does not document the body of a Pix 401. This reuses the nome/mensagem shape.
    public static IResult Unauthorized(string mensagem) =>
        Body(StatusCodes.Status401Unauthorized, "nao_autorizado", mensagem);
}
