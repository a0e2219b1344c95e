using Microsoft.EntityFrameworkCore;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;

namespace Conexa.FunctionalTests.Support;


/// <summary>A tenant of its own for each test, so counts and lookups never see another test's records.</summary>
public sealed record TestPlan(Guid TenantId, Guid PlanId, string LinkToken, Guid UnitId);

public static class TestPlans
{
    public static Task<TestPlan> CreateAsync(
        SubscriptionTier tier = SubscriptionTier.Pro,
        ActivationPolicy policy = ActivationPolicy.AfterFirstPayment,
        decimal monthlyPrice = 350.00m,
        decimal adhesionFee = 100.00m,
        FormConfiguration? form = null) =>
        ApiServer.QueryAsync(async db =>
        {
            var tenant = Tenant.Create($"Coworking {Guid.NewGuid():N}", tier, "contato@coworking.test");
            var unit = Unit.Create(tenant.Id, "Unidade Centro", "centro@coworking.test");
            var plan = Plan.Create(tenant.Id, unit.Id, "Estação fixa", "Mesa dedicada", monthlyPrice, adhesionFee);
            plan.SetActivationPolicy(policy);
            plan.SetQuotas([new PlanQuota("Sala de reunião", 10, "horas"), new PlanQuota("Impressão", 100, "páginas")]);
            plan.SetPaymentOptions([new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi), new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi)]);
            plan.SetForm(form ?? FormConfiguration.Default);

            db.AddRange(tenant, unit, plan);
            await db.SaveChangesAsync();
            return new TestPlan(tenant.Id, plan.Id, plan.LinkToken, unit.Id);
        });

    /// <summary>Adds EFI boleto to the plan's payment options, keeping the others.</summary>
    public static Task AddEfiBoletoAsync(TestPlan plan) =>
        ApiServer.QueryAsync(async db =>
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == plan.PlanId);
            stored.SetPaymentOptions([.. stored.PaymentOptions, new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Efi)]);
            return await db.SaveChangesAsync();
        });
}
