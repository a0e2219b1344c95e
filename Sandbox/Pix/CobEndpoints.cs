using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Routes of immediate Pix charges: PUT, GET and PATCH /v2/cob/{txid}.
/// </summary>
internal static partial class CobEndpoints
{
    private const decimal AutoPayMinimum = 0.01m;
    private const decimal AutoPayMaximum = 10.00m;

    public static void Map(IEndpointRouteBuilder v2)
    {
        v2.MapPut("/cob/{txid}", CreateAsync);
        v2.MapGet("/cob/{txid}", Get);
        v2.MapPatch("/cob/{txid}", PatchAsync);
    }

    private static async Task<IResult> CreateAsync(
        string txid,
        HttpRequest request,
        CobRequestParser parser,
        CobFactory factory,
        CobStore store,
        CobPayer payer,
        IOptions<EfiSandboxOptions> options)
    {
        if (!TxidPattern().IsMatch(txid))
        {
            return PixErrors.BadRequest("txid_invalido", "O txid deve ter de 26 a 35 letras ou dígitos.");
        }

        var (cobRequest, error) = parser.Parse(
            await JsonFields.ReadObjectAsync(request.Body, request.HttpContext.RequestAborted));
        if (error is not null)
        {
            return error;
        }

        if (!store.TryAdd(factory.Create(txid, cobRequest!), CobJson.Cob, out var created))
        {
            return PixErrors.Body(StatusCodes.Status409Conflict, "txid_duplicado",
                $"Já existe uma cobrança com o txid {txid}.");
        }

        if (options.Value.AutoPayPixUpToTenReais && cobRequest!.Amount is >= AutoPayMinimum and <= AutoPayMaximum)
        {
            payer.Pay(txid);
        }

        return Results.Json(WithoutCodeIfOmitted(created!, store), statusCode: StatusCodes.Status201Created);
    }

    private static IResult Get(string txid, CobStore store) =>
        store.TryRead(txid, CobJson.Cob, out var cob) ? Results.Json(WithoutCodeIfOmitted(cob!, store)) : PixErrors.CobNotFound(txid);

    private static JsonObject WithoutCodeIfOmitted(JsonObject cob, CobStore store)
    {
        if (store.OmitsPixCode)
        {
            cob.Remove("pixCopiaECola");
        }

        return cob;
    }

    // NOTE: only the status change to REMOVIDA_PELO_USUARIO_RECEBEDOR is supported. EFI also revises valor,
    // devedor and other fields through PATCH.
    private static async Task<IResult> PatchAsync(string txid, HttpRequest request, CobStore store)
    {
        var body = await JsonFields.ReadObjectAsync(request.Body, request.HttpContext.RequestAborted);
        if (body is null || body.Count != 1 || JsonFields.String(body, "status") != CobStatus.RemovedByReceiver)
        {
            return PixErrors.InvalidValue(
                $"O sandbox só aceita PATCH com o corpo {{\"status\":\"{CobStatus.RemovedByReceiver}\"}}.");
        }

        return store.Remove(txid) switch
        {
            CobTransition.Done => Get(txid, store),
            CobTransition.NotFound => PixErrors.CobNotFound(txid),
            _ => PixErrors.BadRequest("cobranca_nao_ativa",
                string.Create(CultureInfo.InvariantCulture, $"A cobrança {txid} não está ATIVA e não pode ser removida.")),
        };
    }

    [GeneratedRegex("^[a-zA-Z0-9]{26,35}$", RegexOptions.CultureInvariant)]
    private static partial Regex TxidPattern();
}
