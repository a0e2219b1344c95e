using Conexa.Api.Authentication;
using Conexa.Domain.Plans;
using Conexa.Domain.Tenants;
using Conexa.Infrastructure.Identity;
using Conexa.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Api.Demo;

/// <summary>
/// Seeds the Development demo once: "Demo Coworking" (PRO) with a unit and two plans, "Light Offices"
/// (LIGHT) with one plan, and an admin user for each. Both passwords are <see cref="Password"/>.
/// </summary>
internal sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    public const string Password = "Demo#2026!";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Tenants.AnyAsync(cancellationToken))
        {
            return;
        }

        var demo = Tenant.Create("Demo Coworking", SubscriptionTier.Pro, "contato@demo.local");
        demo.SetSendsContractsForSignature(true);
        var unit = Unit.Create(demo.Id, "Unidade Paulista", "paulista@demo.local");
        var light = Tenant.Create("Light Offices", SubscriptionTier.Light, "contato@light.local");
        var lightUnit = Unit.Create(light.Id, "Unidade Centro", null);
        db.AddRange(demo, unit, light, lightUnit);
        db.AddRange(DedicatedDesk(demo, unit), VirtualOffice(demo, unit), VirtualOffice(light, lightUnit));
        await db.SaveChangesAsync(cancellationToken);

        await roles.CreateAsync(new IdentityRole<Guid>(Policies.AdminRole));
        await CreateAdminAsync("admin@demo.local", "Administrador Demo", demo.Id);
        await CreateAdminAsync("light@demo.local", "Administrador Light", light.Id);
    }

    private static Plan DedicatedDesk(Tenant tenant, Unit unit)
    {
        var plan = Plan.Create(tenant.Id, unit.Id, "Estação fixa", "Mesa dedicada com armário, internet e café à vontade.", 350.00m, adhesionFee: 100.00m);
        plan.SetQuotas([new PlanQuota("Sala de reunião", 10, "horas"), new PlanQuota("Impressão", 100, "páginas")]);
        plan.SetPaymentOptions([new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi), new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi)]);
        plan.SetForm(FormConfiguration.Default with { Password = FormField.Optional, Address = FormField.Optional });
        plan.SetContractTemplate(
            "CONTRATO DE ESTAÇÃO FIXA - {contratada}\n\n" +
            "CONTRATANTE: {cliente}, CPF/CNPJ {documento}, e-mail {email}, representado(a) por {representante}.\n\n" +
            "1. A CONTRATADA cede à CONTRATANTE uma mesa dedicada com armário na {unidade}, com internet e café, a partir de {inicio}.\n\n" +
            "2. A mensalidade é de {mensalidade}, com vencimento todo dia {vencimento} (no último dia dos meses mais curtos). A taxa de adesão de {adesao} é cobrada com a primeira mensalidade.\n\n" +
            "3. A cada mês estão incluídas 10 horas de sala de reunião e 100 páginas de impressão, que não se acumulam para o mês seguinte.\n\n" +
            "4. Qualquer das partes pode encerrar o contrato; o último período é cobrado pelos dias usados.\n\n" +
            "Contratado online em {data}.");
        return plan;
    }

    private static Plan VirtualOffice(Tenant tenant, Unit unit)
    {
        var plan = Plan.Create(tenant.Id, unit.Id, "Escritório virtual", "Endereço fiscal e comercial, recebimento de correspondências.", 149.90m);
        plan.SetPaymentOptions([
            new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi),
            new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi),
            new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Efi),
            new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Inter),
        ]);
        plan.SetActivationPolicy(ActivationPolicy.AfterFirstPayment);
        plan.SetContractTemplate(
            "CONTRATO DE ESCRITÓRIO VIRTUAL - {contratada}\n\n" +
            "CONTRATANTE: {cliente}, CPF/CNPJ {documento}, e-mail {email}, representado(a) por {representante}.\n\n" +
            "1. A CONTRATADA autoriza a CONTRATANTE a usar o endereço da {unidade} como endereço fiscal e comercial e recebe suas correspondências, a partir de {inicio}.\n\n" +
            "2. A mensalidade é de {mensalidade}, com vencimento todo dia {vencimento} (no último dia dos meses mais curtos).\n\n" +
            "3. Ao encerrar o contrato, a CONTRATANTE deixa de usar o endereço e retira as correspondências pendentes em até 30 dias.\n\n" +
            "Contratado online em {data}.");
        return plan;
    }

    private async Task CreateAdminAsync(string email, string name, Guid tenantId)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, TenantId = tenantId };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {email} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, Policies.AdminRole);
    }
}
