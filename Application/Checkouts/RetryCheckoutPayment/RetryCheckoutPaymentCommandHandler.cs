using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Checkouts.RetryCheckoutPayment;

/// <summary>
/// Starts a new payment attempt for a declined charge, or one the provider closed (an expired or cancelled Inter
/// boleto). A charge that can no longer be retried (already retried, or paid) is left alone and its current state
/// returned, so a repeated request cannot charge twice.
/// </summary>
public sealed class RetryCheckoutPaymentCommandHandler(
    IAppDbContext db,
    CheckoutResultReader reader,
    ChargePaymentStarter paymentStarter,
    TenantClock tenantClock,
    TimeProvider clock)
    : ICommandHandler<RetryCheckoutPaymentCommand, CheckoutResultDto>
{
    public async ValueTask<CheckoutResultDto> Handle(RetryCheckoutPaymentCommand command, CancellationToken cancellationToken)
    {
        var checkout = await db.Checkouts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.CheckoutId, cancellationToken)
            ?? throw new NotFoundException("Checkout", command.CheckoutId.ToString());
        var charge = await db.Charges.SingleAsync(c => c.Id == checkout.ChargeId, cancellationToken);
        var contract = await db.Contracts.SingleAsync(c => c.Id == checkout.ContractId, cancellationToken);
        if (contract.Status == ContractStatus.Cancelled)
        {
            // The contracting was cancelled before its first payment, by the operator or for want of it, so a payment
            // now would buy nothing, whatever state its charge was left in.
            throw new StateConflictException(
                "contract-closed",
                "Esta contratação foi cancelada e não pode mais ser paga, e nada foi cobrado agora. Para contratar, comece de novo pelo link do plano.");
        }

        if (!CheckoutResultReader.IsRetryable(charge, contract.Status))
        {
            // A repeated retry gets the state its first request left. Another method for a charge still open is
            // rejected, because nothing would be charged with it and the customer must pay the code already issued.
            var requested = PaymentChoice.ParseMethod(command.Method);
            if (requested is { } other && other != charge.PaymentOption.Method
                && charge.Status is ChargeStatus.AwaitingPayment or ChargeStatus.Processing or ChargeStatus.Overdue)
            {
                throw new StateConflictException(
                    "charge-not-declined",
                    $"Esta cobrança não foi recusada: ela aguarda o pagamento por {ContractLabels.Of(charge.PaymentOption.Method)}, já emitido. Pague por ele; nada foi cobrado agora.");
            }

            if (requested is { } switched && switched != charge.PaymentOption.Method && charge.Status == ChargeStatus.Pending)
            {
                // A concurrent retry is registering another method at the provider. Returning its state would show
                // this request's customer a method they did not choose.
                throw new StateConflictException(
                    "payment-starting",
                    $"Um pagamento por {ContractLabels.Of(charge.PaymentOption.Method)} está sendo registrado agora. Aguarde alguns segundos e veja o resultado; nada foi cobrado por esta tentativa.");
            }

            return await reader.ReadAsync(checkout.Id, cancellationToken);
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == checkout.PlanId, cancellationToken);
        var method = PaymentChoice.ParseMethod(command.Method)!.Value;
        // A new boleto comes from the bank of the one it replaces when the plan still offers it.
        var option = (method == PaymentMethod.Boleto && charge.PaymentOption.Method == PaymentMethod.Boleto
                ? plan.FindPaymentOption(method, charge.PaymentOption.Provider)
                : null)
            ?? plan.FindPaymentOption(method, method == PaymentMethod.Boleto ? null : PaymentProvider.Efi)
            // With boleto through both banks, EFI's needs no address.
            ?? (method == PaymentMethod.Boleto ? plan.FindPaymentOption(method, PaymentProvider.Efi) : null)
            ?? throw new FluentValidation.ValidationException(
                [new FluentValidation.Results.ValidationFailure("Method", "Esta forma de pagamento não é oferecida por este plano.")]);

        if (contract.TerminatedAt is not null)
        {
            // A termination, even one whose last day is still ahead, replaced the declined charge, so the customer
            // pays what it billed instead.
            throw new StateConflictException(
                "contract-closed",
                "O encerramento deste contrato foi registrado e esta cobrança não pode mais ser paga, então nada foi cobrado agora.");
        }

        // A boleto needs the tenant's boleto days to be paid, as one chosen at checkout gets, so it is not overdue at once.
        DateOnly? earliestDueDate = null;
        if (option.Method == PaymentMethod.Boleto)
        {
            var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == charge.TenantId, cancellationToken);
            earliestDueDate = tenant.BoletoDueDate(tenant.Now(clock));
        }

        charge.Retry(option, clock.GetUtcNow(), earliestDueDate);
        db.AuditEntries.Add(AuditEntry.Record(
            charge.TenantId,
            "charge.retried",
            nameof(Charge),
            charge.Id,
            "customer",
            await tenantClock.NowAsync(charge.TenantId, cancellationToken),
            $"{ContractLabels.Of(option.Method)} ({ContractLabels.Of(option.Provider)})."));
        if (option.Method != PaymentMethod.Card)
        {
            // The next periods follow the way the customer pays now. A card becomes the contract's option only
            // once approved, with its token kept on file.
            contract.UsePaymentOption(option);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return await reader.ReadAsync(checkout.Id, cancellationToken);
        }

        var customer = await db.Customers.SingleAsync(c => c.Id == checkout.CustomerId, cancellationToken);
        await paymentStarter.StartAsync(charge, contract, customer, checkout, command.CardToken, cancellationToken);
        return await reader.ReadAsync(checkout.Id, cancellationToken);
    }
}
