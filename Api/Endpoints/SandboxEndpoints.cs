using System.Globalization;
using Conexa.Api.Authentication;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Sandbox;
using Conexa.Sandbox.D4Sign;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Api.Endpoints;

/// <summary>Test actions on the local sandboxes; mapped only when the sandboxes run, never in production.</summary>
internal static class SandboxEndpoints
{
    private const string ConflictTitle = "Estado atual não permite a operação";

    public static void MapSandboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sandbox").WithTags("Sandbox");

        group.MapPost("/checkouts/{checkoutId:guid}/pay", PayCheckoutInSandbox)
            .WithName(nameof(PayCheckoutInSandbox))
            .Produces(StatusCodes.Status202Accepted)
            .WithSummary("Makes the sandbox pay a checkout's Pix, card or boleto charge; the provider's callback then updates the checkout.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/checkouts/{checkoutId:guid}/inter/{action}", ChangeInterBoletoInSandbox)
            .WithName(nameof(ChangeInterBoletoInSandbox))
            .Produces(StatusCodes.Status202Accepted)
            .WithSummary("Changes a checkout's Inter boleto in the Inter sandbox: action pay, pay-pix, overdue, expire, cancel or fail-issue.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/charges/{chargeId:guid}/pay", PayChargeInSandbox)
            .WithName(nameof(PayChargeInSandbox))
            .Produces(StatusCodes.Status202Accepted)
            .WithSummary("Makes the sandbox pay any Pix, card or boleto charge of the caller's tenant, such as a later period's; the callback then records it.")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/contracts/{contractId:guid}/sign", SignContractInSandbox)
            .WithName(nameof(SignContractInSandbox))
            .Produces(StatusCodes.Status202Accepted)
            .WithSummary("Makes every signer sign the contract at the D4Sign sandbox; D4Sign's callback then marks the contract signed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> PayChargeInSandbox(Guid chargeId, IAppDbContext db, ICurrentUser user, EfiSandbox sandbox, InterSandbox interSandbox, CancellationToken cancellationToken)
    {
        var charge = await db.Charges.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == chargeId && c.TenantId == user.TenantId, cancellationToken)
            ?? throw new NotFoundException("Charge", chargeId.ToString());
        return await PayAsync(charge, sandbox, interSandbox, $"/api/contracts/{charge.ContractId}", cancellationToken);
    }

    private static async Task<IResult> SignContractInSandbox(Guid contractId, IAppDbContext db, D4SignSandbox sandbox, CancellationToken cancellationToken)
    {
        var request = await db.SignatureRequests.AsNoTracking().SingleOrDefaultAsync(r => r.ContractId == contractId, cancellationToken);
        if (request is null && !await db.Contracts.AnyAsync(c => c.Id == contractId, cancellationToken))
        {
            throw new NotFoundException("Contract", contractId.ToString());
        }

        if (request?.DocumentId is null)
        {
            return TypedResults.Problem("O contrato ainda não foi enviado para assinatura.", statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
        }

        try
        {
            sandbox.Sign(request.DocumentId);
        }
        catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
        }

        return TypedResults.Accepted($"/api/contracts/{contractId}");
    }

    private static async Task<IResult> PayCheckoutInSandbox(Guid checkoutId, IAppDbContext db, EfiSandbox sandbox, InterSandbox interSandbox, CancellationToken cancellationToken)
    {
        var charge = await FindFirstChargeAsync(checkoutId, db, cancellationToken);
        return await PayAsync(charge, sandbox, interSandbox, $"/api/public/checkouts/{checkoutId}", cancellationToken);
    }

    private static async Task<IResult> PayAsync(Charge charge, EfiSandbox sandbox, InterSandbox interSandbox, string statusUrl, CancellationToken cancellationToken)
    {
        if (charge.ProviderChargeId is null)
        {
            return TypedResults.Problem("A cobrança ainda não foi registrada no provedor.", statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
        }

        if (charge.PaymentOption.Provider == PaymentProvider.Inter)
        {
            return ApplyInterAction(interSandbox, charge.ProviderChargeId, "pay", statusUrl);
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
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
        }
        catch (KeyNotFoundException)
        {
            // The sandboxes keep their charges in memory, so a restart of the API loses every earlier one.
            return TypedResults.Problem(
                "O sandbox não conhece esta cobrança: ele guarda as cobranças só na memória, e a API foi reiniciada depois que ela foi criada. Faça uma nova contratação.",
                statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
        }

        return TypedResults.Accepted(statusUrl);
    }

    private static async Task<IResult> ChangeInterBoletoInSandbox(Guid checkoutId, string action, IAppDbContext db, InterSandbox interSandbox, CancellationToken cancellationToken)
    {
        var charge = await FindFirstChargeAsync(checkoutId, db, cancellationToken);
        if (charge.PaymentOption.Provider != PaymentProvider.Inter || charge.ProviderChargeId is null)
        {
            return TypedResults.Problem("Esta contratação não tem um boleto Banco Inter registrado.", statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
        }

        return ApplyInterAction(interSandbox, charge.ProviderChargeId, action, $"/api/public/checkouts/{checkoutId}");
    }

    private static IResult ApplyInterAction(InterSandbox interSandbox, string codigoSolicitacao, string action, string statusUrl)
    {
        try
        {
            interSandbox.Apply(codigoSolicitacao, action);
        }
        catch (ArgumentException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Dados inválidos");
        }
        catch (KeyNotFoundException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status404NotFound, title: "Não encontrado");
        }
        catch (InvalidOperationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
        }

        return TypedResults.Accepted(statusUrl);
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
