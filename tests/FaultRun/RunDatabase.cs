using System.Globalization;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;
using Conexa.Domain.Tenants;
using Conexa.Infrastructure;
using Conexa.Infrastructure.Persistence;
using Conexa.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FaultRun;

/// <summary>What the run found in the database and at the sandbox, and which checks failed.</summary>
internal sealed record RunReport(IReadOnlyList<(string Name, string Value)> Figures, IReadOnlyList<string> Failures);

/// <summary>Seeds the run's plan and checks its results, through the product's own EF Core model.</summary>
internal static class RunDatabase
{
    public static async Task<string> SeedPlanAsync(string databasePath)
    {
        await using var services = Services(databasePath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = Tenant.Create("Coworking da falha", SubscriptionTier.Pro, "contato@falha.test");
        var unit = Unit.Create(tenant.Id, "Unidade Centro", "centro@falha.test");
        var plan = Plan.Create(tenant.Id, unit.Id, "Estação fixa", "Mesa dedicada", 350m, 100m);
        plan.SetPaymentOptions(
        [
            new PaymentOption(PaymentMethod.Pix, PaymentProvider.Efi),
            new PaymentOption(PaymentMethod.Boleto, PaymentProvider.Efi),
            new PaymentOption(PaymentMethod.Card, PaymentProvider.Efi),
        ]);
        db.AddRange(tenant, unit, plan);
        await db.SaveChangesAsync();
        return plan.LinkToken;
    }

    public static async Task<int> CountPendingAsync(string databasePath)
    {
        await using var services = Services(databasePath);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Charges.CountAsync(c => c.Status == ChargeStatus.Pending);
    }

    public static async Task<RunReport> VerifyAsync(string databasePath, IReadOnlyList<CheckoutOutcome> outcomes, EfiSandbox sandbox)
    {
        await using var services = Services(databasePath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var checkouts = await db.Checkouts.AsNoTracking().ToListAsync();
        var charges = await db.Charges.AsNoTracking().ToListAsync();
        var figures = new List<(string, string)>();
        var failures = new List<string>();

        var storedIds = checkouts.Select(c => c.Id.ToString("D")).ToHashSet(StringComparer.Ordinal);
        var lost = outcomes.Count(o => o.CheckoutId is not null && !storedIds.Contains(o.CheckoutId));
        var keys = checkouts.GroupBy(c => c.IdempotencyKey).Count(g => g.Count() > 1);
        figures.Add(("checkouts stored", checkouts.Count.ToString(CultureInfo.InvariantCulture)));
        figures.Add(("accepted checkouts missing from the database (rows lost)", lost.ToString(CultureInfo.InvariantCulture)));
        figures.Add(("Idempotency-Keys with more than one checkout", keys.ToString(CultureInfo.InvariantCulture)));
        Check(lost == 0, $"{lost} accepted checkouts are missing from the database", failures);
        Check(keys == 0, $"{keys} keys have more than one checkout", failures);

        foreach (var group in charges.GroupBy(c => c.Status).OrderBy(g => g.Key))
        {
            figures.Add(($"charges {group.Key}", group.Count().ToString(CultureInfo.InvariantCulture)));
        }

        var pendingWithoutReason = charges.Count(c => c.Status == ChargeStatus.Pending && string.IsNullOrEmpty(c.PendingReason));
        figures.Add(("charges pending without a reason", pendingWithoutReason.ToString(CultureInfo.InvariantCulture)));
        Check(pendingWithoutReason == 0, $"{pendingWithoutReason} charges are pending with no reason", failures);

        var references = charges.Select(c => c.ProviderReference).ToHashSet(StringComparer.Ordinal);
        var providerIds = charges.Where(c => c.ProviderChargeId is not null).Select(c => c.ProviderChargeId!).ToHashSet(StringComparer.Ordinal);
        var duplicateCobs = sandbox.Cobs.GroupBy(c => c.Txid).Count(g => g.Count() > 1);
        var duplicateCharges = sandbox.Charges.Where(c => c.CustomId is not null).GroupBy(c => c.CustomId).Count(g => g.Count() > 1);
        var orphanCobs = sandbox.Cobs.Count(c => !providerIds.Contains(c.Txid));
        var orphanCharges = sandbox.Charges.Count(c => !providerIds.Contains(c.ChargeId.ToString(CultureInfo.InvariantCulture)));
        var foreign = sandbox.Cobs.Count(c => !references.Contains(c.Txid)) + sandbox.Charges.Count(c => c.CustomId is null || !references.Contains(c.CustomId));
        figures.Add(("EFI Pix charges / charges (boleto and card)", $"{sandbox.Cobs.Count} / {sandbox.Charges.Count}"));
        figures.Add(("our charges with two EFI charges (duplicates)", (duplicateCobs + duplicateCharges).ToString(CultureInfo.InvariantCulture)));
        figures.Add(("EFI charges no charge of ours points to", (orphanCobs + orphanCharges).ToString(CultureInfo.InvariantCulture)));
        Check(duplicateCobs + duplicateCharges == 0, $"{duplicateCobs + duplicateCharges} charges exist twice at EFI", failures);
        Check(orphanCobs + orphanCharges == 0, $"{orphanCobs + orphanCharges} EFI charges are not recorded on our side", failures);
        Check(foreign == 0, $"{foreign} EFI charges carry a reference that is not ours", failures);
        return new RunReport(figures, failures);
    }

    private static void Check(bool condition, string failure, List<string> failures)
    {
        if (!condition)
        {
            failures.Add(failure);
        }
    }

    private static ServiceProvider Services(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={databasePath}",
                ["Efi:ClientId"] = "unused",
                ["Efi:ClientSecret"] = "unused",
                ["Efi:PixKey"] = "unused",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration);
        return services.BuildServiceProvider();
    }
}
