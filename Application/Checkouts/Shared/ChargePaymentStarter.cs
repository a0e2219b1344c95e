using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Payments;
using Conexa.Application.Common.Telemetry;
using Conexa.Application.Common.Time;
using Conexa.Domain.Auditing;
using Conexa.Domain.Checkouts;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Domain.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Checkouts.Shared;

/// <summary>Registers a pending charge at its payment provider and records the provider's response.</summary>
public sealed partial class ChargePaymentStarter(
    IAppDbContext db,
    IEnumerable<IPaymentGateway> gateways,
    ISecretProtector secrets,
    TenantClock tenantClock,
    ConexaTelemetry telemetry,
    TimeProvider clock,
    ILogger<ChargePaymentStarter> logger)
{
    /// <summary>
    /// Starts the payment of a charge whose start lease the caller holds (saved beforehand), then saves the
    /// outcome. A provider failure leaves the charge pending and surfaces as <see cref="ProviderUnavailableException"/>.
    /// </summary>
    /// <remarks>
    /// <paramref name="checkout"/> is the contract's checkout when the caller has it loaded, and null otherwise. When the
    /// checkout kept the payer details typed in it, they replace the stored customer's for every charge of the contract.
    /// </remarks>
    public Task StartAsync(Charge charge, Contract contract, Customer customer, Checkout? checkout, string? cardToken, CancellationToken cancellationToken) =>
        StartAsync(charge, contract, customer, checkout, cardToken, tenant: null, cancellationToken);

    /// <summary>
    /// Starts the payment like the overload without <paramref name="tenant"/>. A caller that has the charge's tenant
    /// passes it, so the Pix code's lifetime is computed without reading the tenant again.
    /// </summary>
    public async Task StartAsync(Charge charge, Contract contract, Customer customer, Checkout? checkout, string? cardToken, Tenant? tenant, CancellationToken cancellationToken)
    {
        var gateway = gateways.SingleOrDefault(g => g.Provider == charge.PaymentOption.Provider)
            ?? throw new ProviderUnavailableException(charge.PaymentOption.Provider.ToString(), "The payment provider is not configured.");

        var request = new PaymentStartRequest(
            charge.TenantId,
            charge.Id,
            charge.ProviderReference,
            charge.PaymentOption.Method,
            charge.Amount,
            charge.DueDate,
            contract.PlanName,
            await PayerOfAsync(charge.ContractId, customer, checkout, cancellationToken),
            cardToken,
            MayExistAtProvider: charge.FailedStartAttempts > 0,
            PixPayableFor: charge.PaymentOption.Method == PaymentMethod.Pix ? await PixPayableForAsync(charge, tenant, cancellationToken) : null);

        using var activity = ConexaTelemetry.ActivitySource.StartActivity("payment.start");
        activity?.SetTag("charge.id", charge.Id);
        activity?.SetTag("payment.method", charge.PaymentOption.Method.ToString().ToLowerInvariant());
        activity?.SetTag("payment.provider", gateway.Provider.ToString().ToLowerInvariant());

        PaymentStartResult result;
        try
        {
            result = await gateway.StartAsync(request, cancellationToken);
        }
        catch (ProviderUnavailableException exception)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "provider unavailable");
            telemetry.ProviderFailed(gateway.Provider, "unavailable");
            LogStartFailed(exception, charge.Id, contract.Id, gateway.Provider.ToString());
            charge.ReleasePaymentStart(exception.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (ProviderRejectedException exception)
        {
            // The records are kept and the charge shows the provider's reason, so the customer can retry.
            telemetry.ProviderFailed(gateway.Provider, "rejected");
            LogRejected(exception, charge.Id, contract.Id, gateway.Provider.ToString());
            charge.RegisterRejected(exception.Message);
            await AuditDeclinedAsync(charge, CancellationToken.None);
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        await ApplyAsync(charge, contract, result, cancellationToken);
        if (result.Outcome == PaymentStartOutcome.CardApproved && cardToken is not null)
        {
            // The card token exists only in this request, so this save is flushed.
            contract.KeepCardOnFile(secrets.Protect(cardToken), charge.PaymentOption);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // Everything else here is the provider's response. If a power loss undoes this save, the charge keeps its
        // start lease, and when the lease runs out the recovery starts it again with MayExistAtProvider, which
        // finds this very provider charge by our reference instead of creating another.
        await db.SaveChangesWithoutFlushAsync(cancellationToken);
    }

    /// <summary>
    /// Returns the payer that the contract's charges are registered with: the stored customer, or for a contract whose
    /// checkout linked to a returning customer, the name and contact typed in it with the customer's CPF/CNPJ. So the
    /// stored name and address reach no boleto of that contract, and the checkout's page, which its submitter opens,
    /// shows the first charge or the charge a termination put in its place. A caller that has the contract's checkout
    /// loaded passes it, and the checkout is read otherwise.
    /// </summary>
    public async Task<PaymentPayer> PayerOfAsync(Guid contractId, Customer customer, Checkout? checkout, CancellationToken cancellationToken)
    {
        checkout ??= await db.Checkouts.AsNoTracking().FirstOrDefaultAsync(c => c.ContractId == contractId && c.PayerName != null, cancellationToken);
        return checkout is { HasPayer: true }
            ? new PaymentPayer(customer.Kind, checkout.PayerName!, customer.Document.Value, checkout.PayerEmail!, checkout.PayerPhone, checkout.PayerAddress)
            : new PaymentPayer(customer.Kind, customer.Name, customer.Document.Value, customer.Email, customer.Phone, customer.Address);
    }

    /// <summary>
    /// Returns how long a Pix code must stay payable: until the day the overdue run would write the charge off
    /// begins (<see cref="Charge.WriteOffDate"/>). A month's code is issued days before its due date,
    /// and an overdue charge stays payable, so a code that expired sooner could not pay either.
    /// </summary>
    private async Task<TimeSpan> PixPayableForAsync(Charge charge, Tenant? tenant, CancellationToken cancellationToken)
    {
        if (tenant is null || tenant.Id != charge.TenantId)
        {
            tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == charge.TenantId, cancellationToken);
        }

        return tenant.StartOfDay(charge.WriteOffDate(tenant.WriteOffDays)) - tenant.Now(clock);
    }

    /// <summary>Claims the start lease of a pending charge; returns false when another request holds it or the charge is not pending.</summary>
    public async Task<bool> TryClaimAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (!charge.TryClaimPaymentStart(clock.GetUtcNow()))
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            LogClaimLost(charge.Id);
            db.DiscardChanges();
            return false;
        }
    }

    /// <summary>Records the outcome on the charge; only an approved card reads the tenant's clock, for the contract's first payment.</summary>
    private async Task ApplyAsync(Charge charge, Contract contract, PaymentStartResult result, CancellationToken cancellationToken)
    {
        charge.RecordProviderAccount(result.UsedTenantAccount);
        switch (result.Outcome)
        {
            case PaymentStartOutcome.PixIssued:
                charge.RegisterPixIssued(result.ProviderChargeId, result.PixCopyPaste ?? string.Empty);
                break;
            case PaymentStartOutcome.CardApproved:
            {
                var now = await tenantClock.NowAsync(charge.TenantId, cancellationToken);
                charge.RegisterCardApproved(result.ProviderChargeId);
                contract.RegisterFirstPayment(now);
                db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.approved", nameof(Charge), charge.Id, "provider:" + charge.PaymentOption.Provider.ToString().ToLowerInvariant(), now));
                break;
            }
            case PaymentStartOutcome.BoletoIssued:
                charge.RegisterBoletoIssued(result.ProviderChargeId, result.BoletoDigitableLine ?? string.Empty, result.BoletoBarcode ?? string.Empty, result.BoletoPdfUrl, result.PixCopyPaste);
                break;
            case PaymentStartOutcome.BoletoProcessing:
                charge.RegisterBoletoProcessing(result.ProviderChargeId);
                break;
            case PaymentStartOutcome.CardDeclined:
                charge.RegisterCardDeclined(result.ProviderChargeId, result.DeclineReason ?? "Pagamento recusado pela operadora do cartão.");
                await AuditDeclinedAsync(charge, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown payment outcome {result.Outcome}.");
        }
    }

    /// <summary>Records the refusal in the audit trail, so the admin's contract history shows it with the provider's reason.</summary>
    private async Task AuditDeclinedAsync(Charge charge, CancellationToken cancellationToken)
    {
        var now = await tenantClock.NowAsync(charge.TenantId, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(charge.TenantId, "charge.declined", nameof(Charge), charge.Id, "provider:" + charge.PaymentOption.Provider.ToString().ToLowerInvariant(), now, charge.DeclineReason));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment start of charge {ChargeId} (contract {ContractId}) failed at {Provider}; the charge stays pending")]
    private partial void LogStartFailed(Exception exception, Guid chargeId, Guid contractId, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Provider} rejected the payment data of charge {ChargeId} (contract {ContractId}); the charge is marked declined")]
    private partial void LogRejected(Exception exception, Guid chargeId, Guid contractId, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another request claimed the payment start of charge {ChargeId}")]
    private partial void LogClaimLost(Guid chargeId);
}
