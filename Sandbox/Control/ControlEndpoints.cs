using System.Globalization;
using Conexa.Sandbox.Charges;
using Conexa.Sandbox.Pix;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Conexa.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Control;

/// <summary>
/// Routes under /sandbox that are not part of EFI's APIs: pay triggers for people and tests, and HTML pages.
/// They need no token.
/// </summary>
/// <remarks>
/// A pay trigger posted from an HTML form redirects to /sandbox with 303. Any other POST gets 200 with the new
/// status as JSON. Both return 404 for an unknown id and 409 when the current status forbids payment.
/// </remarks>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var sandbox = routes.MapGroup("/sandbox");
        sandbox.MapGet("/", (ChargeStore charges, CobStore cobs, IOptions<EfiSandboxOptions> options, IServiceProvider services) =>
            Results.Content(
                SandboxPage.Render(charges.Snapshot(), cobs.Snapshot(), options.Value, services.GetService<SandboxCertificates>()),
                "text/html; charset=utf-8"));
        sandbox.MapGet("/account-certificate.p12", (IServiceProvider services) =>
            services.GetService<SandboxCertificates>() is { } certificates
                ? Results.File(certificates.ClientPfx, "application/x-pkcs12", "conta-efi-sandbox.p12")
                : Results.NotFound());
        sandbox.MapGet("/loc/{id:long}", RenderLoc);
        sandbox.MapPost("/pix/{txid}/pay", PayCob);
        sandbox.MapPost("/charges/{id:long}/pay", PayCharge);
    }

    private static IResult RenderLoc(long id, CobStore cobs)
    {
        if (!cobs.TryReadByLocId(id, cob => cob.ToSnapshot(), out var cob))
        {
            return Results.NotFound();
        }

        return Results.Content(LocPage.Render(cob!), "text/html; charset=utf-8");
    }

    private static IResult PayCob(string txid, HttpRequest request, CobPayer payer) => payer.Pay(txid) switch
    {
        CobTransition.Done => Paid(request, CobStatus.Completed),
        CobTransition.NotFound => Results.NotFound(new { error = $"Cobrança Pix {txid} não encontrada." }),
        CobTransition.Expired => Results.Conflict(new { error = $"A cobrança Pix {txid} expirou." }),
        _ => Results.Conflict(new { error = $"A cobrança Pix {txid} não está ATIVA." }),
    };

    private static IResult PayCharge(long id, HttpRequest request, ChargeStore charges)
    {
        var chargeText = id.ToString(CultureInfo.InvariantCulture);
        return charges.Pay(id) switch
        {
            ChargeTransition.Done => Paid(request, ChargeStatus.Paid),
            ChargeTransition.NotFound => Results.NotFound(new { error = $"Cobrança {chargeText} não encontrada." }),
            _ => Results.Conflict(new { error = $"O status atual da cobrança {chargeText} não permite pagamento." }),
        };
    }

    private static IResult Paid(HttpRequest request, string status) =>
        request.HasFormContentType ? new SeeOtherResult("/sandbox") : Results.Ok(new { status });
}
