using System.Globalization;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Api.Endpoints;

/// <summary>Test actions on the local sandboxes; mapped only when the sandboxes run, never in production.</summary>
internal static class SandboxEndpoints
{
    public static void MapSandboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sandbox").WithTags("Sandbox");

        group.MapPost("/checkouts/{checkoutId:guid}/pay", PayCheckoutInSandbox)
            .WithName(nameof(PayCheckoutInSandbox))
            .WithSummary("Makes the sandbox pay a checkout's Pix, card or boleto charge; the provider's callback then updates the checkout.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/checkouts/{checkoutId:guid}/inter/{action}", ChangeInterBoletoInSandbox)
            .WithName(nameof(ChangeInterBoletoInSandbox))
            .WithSummary("Changes a checkout's Inter boleto in the Inter sandbox: action pay, pay-pix, overdue, expire, cancel or fail-issue.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> PayCheckoutInSandbox(Guid checkoutId, IAppDbContext db, EfiSandbox sandbox, InterSandbox interSandbox, CancellationToken cancellationToken)
    {
        var charge = await FindFirstChargeAsync(checkoutId, db, cancellationToken);
        if (charge.ProviderChargeId is null)
        {
            return TypedResults.Problem("A cobrança ainda não foi registrada no provedor.", statusCode: StatusCodes.Status409Conflict);
        }

        if (charge.PaymentOption.Provider == PaymentProvider.Inter)
        {
            return ApplyInterAction(interSandbox, charge.ProviderChargeId, "pay", checkoutId);
        }

        try
        {
            if (charge.PaymentOption.Method == PaymentMethod.Pix)
            {
                await sandbox.PayPixAsync(charge.ProviderChargeId, cancellationToken);
            }
            else
            {
                await sandbox.PayChargeAsync(long.Parse(charge.ProviderChargeId, CultureInfo.InvariantCulture), cancellationToken);
            }
        }
        catch (InvalidOperationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Accepted($"/api/public/checkouts/{checkoutId}");
    }

    private static async Task<IResult> ChangeInterBoletoInSandbox(Guid checkoutId, string action, IAppDbContext db, InterSandbox interSandbox, CancellationToken cancellationToken)
    {
        var charge = await FindFirstChargeAsync(checkoutId, db, cancellationToken);
        if (charge.PaymentOption.Provider != PaymentProvider.Inter || charge.ProviderChargeId is null)
        {
            return TypedResults.Problem("Esta contratação não tem um boleto Banco Inter registrado.", statusCode: StatusCodes.Status409Conflict);
        }

        return ApplyInterAction(interSandbox, charge.ProviderChargeId, action, checkoutId);
    }

    private static IResult ApplyInterAction(InterSandbox interSandbox, string codigoSolicitacao, string action, Guid checkoutId)
    {
        try
        {
            interSandbox.Apply(codigoSolicitacao, action);
        }
        catch (ArgumentException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (KeyNotFoundException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (InvalidOperationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Accepted($"/api/public/checkouts/{checkoutId}");
    }

    private static async Task<Charge> FindFirstChargeAsync(Guid checkoutId, IAppDbContext db, CancellationToken cancellationToken) =>
        await (
                from checkout in db.Checkouts.AsNoTracking()
                join candidate in db.Charges.AsNoTracking() on checkout.ChargeId equals candidate.Id
                where checkout.Id == checkoutId
                select candidate)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Checkout", checkoutId.ToString());
}
