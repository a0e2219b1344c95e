using Conexa.Application.Billing;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Telemetry;
using Conexa.Application.Common.Time;
using Conexa.Application.Sandbox.TestClocks;
using Conexa.Application.Payments;
using Conexa.Application.Payments.RecoverPaymentStarts;
using Conexa.Application.Payments.CancelAtProvider;
using Conexa.Application.Payments.DeclinedCards;
using Conexa.Application.Contracts.Documents;
using Conexa.Application.Emails.SendBoletoClosedEmail;
using Conexa.Application.Emails.SendCancellationEmail;
using Conexa.Application.Emails.SendChargeEmails;
using Conexa.Application.Emails.SendContractingEmails;
using Conexa.Application.Emails.SendPaymentConfirmedEmail;
using Conexa.Application.Emails.SendPaymentAfterCancellationEmail;
using Conexa.Application.Emails.SendTerminationEmail;
using Conexa.Application.Emails.SendPaymentDeclinedEmail;
using Conexa.Application.Emails.Shared;
using Conexa.Application.Emails.SendSignatureRequestEmail;
using Conexa.Application.Signatures.AutomaticSending;
using Conexa.Application.Signatures.CancelWithContract;
using Conexa.Application.Signatures.Reconcile;
using Conexa.Application.Signatures.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Conexa.Domain.Signatures;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use-case services and validators; the host adds Mediator and its pipeline.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Messages of the built-in rules (lengths, for example) in the customer's language.
        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("pt-BR");
        // ...naming the field as the request spells it ("search"), not as the C# property ("Search").
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: false);
        services.AddScoped<CheckoutResultReader>();
        services.AddScoped<PlanOffers>();
        services.AddScoped<ChargePaymentStarter>();
        services.AddScoped<ChargePaymentRecorder>();
        services.AddScoped<EfiPaymentReader>();
        services.AddScoped<BillingRunner>();
        services.AddScoped<OverdueRunner>();
        services.AddScoped<PaymentStartRecovery>();
        services.AddScoped<TenantClock>();
        services.AddSingleton<ConexaTelemetry>();
        services.AddScoped<TestClockAdvancer>();
        services.AddScoped<Payments.Inter.InterChargeStateApplier>();
        services.AddScoped<Payments.Reconciliation.ReconciliationRunner>();
        services.AddScoped<IDomainEventHandler<ChargeCancelled>, CancelChargeAtProviderHandler>();
        // The outbox runs an event's handlers in registration order and stops at the first failure. Queuing
        // the signature only writes a row, so it goes before the e-mails, whose failure must not hold it back.
        services.AddScoped<IDomainEventHandler<ContractingCompleted>, AutomaticSignatureHandler>();
        services.AddScoped<IDomainEventHandler<ContractingCompleted>, ContractingEmailsHandler>();
        services.AddScoped<IDomainEventHandler<ChargePaid>, PaymentConfirmedEmailHandler>();
        services.AddScoped<IDomainEventHandler<ChargeIssued>, ChargeEmailsHandler>();
        services.AddScoped<IDomainEventHandler<ChargeOverdue>, ChargeEmailsHandler>();
        services.AddScoped<IDomainEventHandler<ContractCancelledUnpaid>, CancellationEmailHandler>();
        // The fallback goes first, so a later card charge it reissues is not also e-mailed as declined.
        services.AddScoped<IDomainEventHandler<ChargeDeclined>, DeclinedCardFallbackHandler>();
        services.AddScoped<IDomainEventHandler<ChargeDeclined>, PaymentDeclinedEmailHandler>();
        services.AddScoped<IDomainEventHandler<ChargePaidAfterCancellation>, PaymentAfterCancellationEmailHandler>();
        services.AddScoped<IDomainEventHandler<ChargeClosedByProvider>, BoletoClosedEmailHandler>();
        services.AddScoped<IDomainEventHandler<ContractCancelledUnpaid>, SignatureCancellationHandler>();
        services.AddScoped<IDomainEventHandler<ContractTerminated>, SignatureCancellationHandler>();
        services.AddScoped<IDomainEventHandler<ContractTerminated>, TerminationEmailHandler>();
        services.AddScoped<EmailDelivery>();
        services.AddScoped<ClientArea.ClientAreaPasswordLinks>();
        services.AddScoped<ContractDocumentIssuer>();
        services.AddScoped<Attachments.Shared.StorageQuota>();
        services.AddScoped<Attachments.Shared.AttachmentCleanup>();
        services.AddScoped<SignatureRequestSender>();
        services.AddScoped<SignatureStateApplier>();
        services.AddScoped<SignatureReconciler>();
        services.AddScoped<IDomainEventHandler<SignatureRequested>, SignatureRequestedHandler>();
        services.AddScoped<IDomainEventHandler<SignatureRequestSent>, SignatureRequestEmailHandler>();
        return services;
    }
}
