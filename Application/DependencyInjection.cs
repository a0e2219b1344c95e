using Conexa.Application.Billing;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Payments;
using Conexa.Application.Payments.CancelAtProvider;
using Conexa.Application.Emails.SendContractingEmails;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
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
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: false);
        services.AddScoped<CheckoutResultReader>();
        services.AddScoped<ChargePaymentStarter>();
        services.AddScoped<ChargePaymentRecorder>();
        services.AddScoped<BillingRunner>();
        services.AddScoped<Payments.Inter.InterChargeStateApplier>();
        services.AddScoped<Payments.Reconciliation.ReconciliationRunner>();
        services.AddScoped<IDomainEventHandler<ChargeCancelled>, CancelChargeAtProviderHandler>();
        services.AddScoped<IDomainEventHandler<ContractingCompleted>, ContractingEmailsHandler>();
        return services;
    }
}
