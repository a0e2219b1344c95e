using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Error bodies of the Charges API: {"code", "error", "error_description"}, where error_description is either
/// {"property", "message"} or a plain string.
/// </summary>
internal static class ChargesErrors
{
    public const int ValidationErrorCode = 3500034;
    public const int RequiredPropertyCode = 3500023;
    public const int CancelForbiddenCode = 3500043;

    /// <summary>Returns 400 with code 3500034 for an invalid value at the JSON pointer <paramref name="property"/>.</summary>
    public static IResult Validation(string property, string message) =>
        PropertyError(ValidationErrorCode, "validation_error", property, message);

    /// <summary>Returns 400 with code 3500023 for a required property that is missing.</summary>
    public static IResult Required(string property) =>
        PropertyError(RequiredPropertyCode, "validation_error", property, $"A propriedade {property} é obrigatória.");

    public static IResult PropertyError(int code, string error, string property, string message)
    {
        var description = new JsonObject { ["property"] = property, ["message"] = message };
        return Body(StatusCodes.Status400BadRequest, code, error, description);
    }

    // NOTE: EFI does not document the bodies of its 401 and 404 responses. These reuse the Charges error envelope
    // with the HTTP status as the code.
    public static IResult Unauthorized(string message) =>
        Body(StatusCodes.Status401Unauthorized, StatusCodes.Status401Unauthorized, "unauthorized", message);

    public static IResult ChargeNotFound(long chargeId) =>
        Body(StatusCodes.Status404NotFound, StatusCodes.Status404NotFound, "charge_not_found",
            $"Cobrança {chargeId} não encontrada.");

    public static IResult NotificationNotFound() =>
        Body(StatusCodes.Status404NotFound, StatusCodes.Status404NotFound, "notification_not_found",
            "Token de notificação não encontrado.");

    public static IResult Body(int httpStatus, int code, string error, JsonNode description)
    {
        var body = new JsonObject { ["code"] = code, ["error"] = error, ["error_description"] = description };
        return Results.Json(body, statusCode: httpStatus);
    }

    public static IResult Body(int httpStatus, int code, string error, string description) =>
        Body(httpStatus, code, error, JsonValue.Create(description));
}
