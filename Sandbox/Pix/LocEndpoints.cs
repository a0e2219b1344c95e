using System.Globalization;
using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Route GET /v2/loc/{id}/qrcode, which returns a cob's BR Code, its QR image and a page that shows it.
/// </summary>
internal static class LocEndpoints
{
    public static void Map(IEndpointRouteBuilder v2) => v2.MapGet("/loc/{id:long}/qrcode", GetQrCode);

    private static IResult GetQrCode(long id, CobStore store, SandboxAddress address)
    {
        if (!store.TryReadByLocId(id, cob => cob.PixCopiaECola, out var brCode))
        {
            return PixErrors.Body(StatusCodes.Status404NotFound, "location_nao_encontrada",
                string.Create(CultureInfo.InvariantCulture, $"Nenhuma location encontrada com o id {id}."));
        }

        return Results.Json(new JsonObject
        {
            ["qrcode"] = brCode,
            ["imagemQrcode"] = QrCodeImage.ToPngDataUri(brCode!),
            ["linkVisualizacao"] = address.Absolute(string.Create(CultureInfo.InvariantCulture, $"sandbox/loc/{id}")),
        });
    }
}
