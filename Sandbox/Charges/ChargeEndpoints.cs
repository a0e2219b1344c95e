using System.Text.Json.Nodes;
using Conexa.Sandbox.Auth;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Routes of the Charges API under /v1. Every route needs a bearer token from POST /v1/authorize, and returns
/// only the charges of the account (client id) that the token was issued to, as separate EFI accounts do.
/// </summary>
internal static class ChargeEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1");
        group.AddEndpointFilter(new BearerTokenFilter(
            context => context.RequestServices.GetRequiredService<ChargesTokenIssuer>().Tokens,
            ChargesErrors.Unauthorized));
        group.MapPost("/charge/one-step", CreateOneStepAsync);
        group.MapGet("/charge/{id:long}", GetCharge);
        group.MapGet("/charges", ListCharges);
        group.MapPut("/charge/{id:long}/cancel", CancelCharge);
        group.MapGet("/notification/{token}", GetNotifications);
    }

    private static async Task<IResult> CreateOneStepAsync(
        HttpRequest request, OneStepChargeParser parser, ChargeCreator creator)
    {
        var body = await JsonFields.ReadObjectAsync(request.Body, request.HttpContext.RequestAborted);
        var (chargeRequest, error) = parser.Parse(body);
        return error ?? Success(creator.Create(chargeRequest!, BearerTokenFilter.ClientIdOf(request.HttpContext)));
    }

    private static IResult GetCharge(long id, HttpContext context, ChargeStore store) =>
        store.TryRead(id, charge => charge.ClientId == BearerTokenFilter.ClientIdOf(context) ? ChargeJson.Detail(charge) : null, out var data) && data is not null
            ? Success(data)
            : ChargesErrors.ChargeNotFound(id);

    /// <summary>
    /// Lists charges by type (<c>billet</c> or <c>card</c>), creation date range and customer CPF/CNPJ, the
    /// filters EFI documents for GET /v1/charges. Callers match <c>custom_id</c> themselves.
    /// </summary>
    private static IResult ListCharges(HttpRequest request, ChargeStore store)
    {
        var query = request.Query;
        string? type = query["charge_type"];
        string? document = query["customer_document"];
        var begin = query["begin_date"].ToString();
        var end = query["end_date"].ToString();
        var clientId = BearerTokenFilter.ClientIdOf(request.HttpContext);
        var list = store.List(
            charge => charge.ClientId == clientId
                && MatchesType(charge, type)
                && (string.IsNullOrEmpty(document) || CustomerDocument(charge) == document)
                && (begin.Length == 0 || string.CompareOrdinal(charge.CreatedAt[..10], begin) >= 0)
                && (end.Length == 0 || string.CompareOrdinal(charge.CreatedAt[..10], end) <= 0),
            ChargeJson.Detail);
        return Success(new JsonArray([.. list]));
    }

    private static bool MatchesType(ChargeRecord charge, string? type) => type switch
    {
        null or "" => true,
        "billet" => charge.Request.Payment == PaymentMethod.BankingBillet,
        "card" => charge.Request.Payment == PaymentMethod.CreditCard,
        _ => false,
    };

    private static string? CustomerDocument(ChargeRecord charge) =>
        charge.Request.Customer["cpf"]?.GetValue<string>()
        ?? charge.Request.Customer["juridical_person"]?["cnpj"]?.GetValue<string>();

    private static IResult CancelCharge(long id, HttpContext context, ChargeStore store) => store.Cancel(id, BearerTokenFilter.ClientIdOf(context)) switch
    {
        ChargeTransition.Done => Results.Json(new JsonObject { ["code"] = StatusCodes.Status200OK }),
        ChargeTransition.NotFound => ChargesErrors.ChargeNotFound(id),
        // NOTE: EFI documents the code 3500043 for this case but not the error string.
        _ => ChargesErrors.Body(StatusCodes.Status400BadRequest, ChargesErrors.CancelForbiddenCode,
            "invalid_status", "Só é possível cancelar cobranças com status new, link, waiting ou unpaid."),
    };

    private static IResult GetNotifications(string token, HttpContext context, ChargeStore store) =>
        store.TryReadByToken(token, charge => charge.ClientId == BearerTokenFilter.ClientIdOf(context) ? ChargeJson.Notifications(charge) : null, out var data) && data is not null
            ? Success(data)
            : ChargesErrors.NotificationNotFound();

    private static IResult Success(JsonNode data) =>
        Results.Json(new JsonObject { ["code"] = StatusCodes.Status200OK, ["data"] = data });
}
