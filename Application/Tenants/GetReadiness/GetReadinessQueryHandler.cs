using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Signatures;
using Conexa.Application.Common.Text;
using Conexa.Application.Plans.Shared;
using Conexa.Domain.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Tenants.GetReadiness;

/// <summary>
/// Checks what a plan link needs to take checkouts: a tier with the feature, an active plan, an active
/// payment integration offering one of the active plans' methods, and a notification e-mail for each
/// unit with an active plan. The electronic signature (D4Sign) is optional. A tenant's own provider
/// account counts once its connection test succeeded, and only for the methods enabled on it.
/// </summary>
public sealed class GetReadinessQueryHandler(IAppDbContext db, ICurrentUser user, IPaymentIntegrations integrations, ISignatureProvider signatures)
    : IQueryHandler<GetReadinessQuery, ReadinessDto>
{
    private const string PlansPath = "/admin/planos";
    private const string PlansLabel = "Planos";
    private const string SettingsPath = "/admin/configuracoes";
    private const string IntegrationsPath = "/admin/configuracoes#integracoes";
    private const string IntegrationsLabel = "Configurações > Integrações";

    public async ValueTask<ReadinessDto> Handle(GetReadinessQuery query, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => p.TenantId == tenant.Id).ToListAsync(cancellationToken);
        var activePlans = plans.Where(p => p.IsActive).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var activeUnitIds = activePlans.Select(p => p.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => activeUnitIds.Contains(u.Id)).ToListAsync(cancellationToken);

        var items = new List<ReadinessItemDto>
        {
            tenant.OffersOnlineContracting
                ? Ok("tier", "O plano da sua assinatura inclui a contratação online.", SettingsPath, "Configurações > Módulos opcionais")
                : Missing("tier", "O plano LIGHT não inclui a contratação online. Aceite a oferta para passar ao PRO.", SettingsPath, "Configurações > Módulos opcionais"),
            activePlans.Count > 0
                ? Ok("active-plan", $"{Portuguese.Count(activePlans.Count, "plano ativo", "planos ativos")} com link público.", PlansPath, PlansLabel)
                : Missing("active-plan", "Nenhum plano ativo: crie ou ative um plano para ter um link de contratação.", PlansPath, PlansLabel),
        };

        var activeMethods = new Dictionary<PaymentProvider, IReadOnlyCollection<PaymentMethod>>();
        foreach (var provider in Enum.GetValues<PaymentProvider>())
        {
            activeMethods[provider] = await integrations.ActiveMethodsAsync(tenant.Id, provider, cancellationToken);
        }

        var payablePlans = activePlans.Where(p => p.PaymentOptions.Any(o => activeMethods[o.Provider].Contains(o.Method))).ToList();
        items.Add(activePlans.Count > 0 && payablePlans.Count == activePlans.Count
            ? Ok("payment-integration", "As integrações de pagamento estão ativas e oferecem as formas de pagamento dos planos ativos.", IntegrationsPath, IntegrationsLabel)
            : Missing("payment-integration", PaymentMissingMessage(activePlans.Except(payablePlans).Select(p => p.Name).ToList()), IntegrationsPath, IntegrationsLabel));

        var unitsWithoutEmail = units.Where(u => u.NotificationEmail is null).Select(u => u.Name).OrderBy(n => n, StringComparer.CurrentCulture).ToList();
        items.Add(unitsWithoutEmail.Count == 0 || !string.IsNullOrWhiteSpace(tenant.MainEmail)
            ? Ok("notification-email", NotificationOkMessage(unitsWithoutEmail, tenant.MainEmail), SettingsPath, "Configurações > Unidades > E-mail de notificação")
            : Missing("notification-email", $"Sem e-mail de notificação: {string.Join(", ", unitsWithoutEmail)}.", SettingsPath, "Configurações > Unidades > E-mail de notificação"));

        var signatureConfigured = await signatures.IsConfiguredAsync(tenant.Id, cancellationToken);
        items.Add(new ReadinessItemDto(
            "signature",
            signatureConfigured ? "ok" : "missing",
            Optional: true,
            SignatureMessage(signatureConfigured, tenant.SendsContractsForSignature),
            IntegrationsPath,
            IntegrationsLabel));

        var warnings = activePlans
            .SelectMany(p => PlanWarnings.For(p).Select(w => new ReadinessWarningDto(p.Id, p.Name, w.Code, w.Message)))
            .ToList();

        return new ReadinessDto(items.All(i => i.Optional || i.Status == "ok"), items, warnings);
    }

    private static string PaymentMissingMessage(List<string> planNames) =>
        planNames.Count == 0
            ? "Sem plano ativo não há forma de pagamento a oferecer."
            : $"Sem integração de pagamento ativa para: {string.Join(", ", planNames)}. Teste a conexão da EFI ou do Banco Inter em Configurações > Integrações, com as formas de pagamento que os planos oferecem.";

    private static string SignatureMessage(bool configured, bool sendsAutomatically) => (configured, sendsAutomatically) switch
    {
        (false, _) => "Assinatura eletrônica (D4Sign): opcional e não configurada; os contratos ficam sem assinatura.",
        (true, true) => "Assinatura eletrônica (D4Sign) ativa: cada contrato é enviado para assinatura após a contratação.",
        (true, false) => "Assinatura eletrônica (D4Sign) ativa: envie cada contrato para assinatura pela tela do contrato.",
    };

    private static string NotificationOkMessage(List<string> unitsWithoutEmail, string mainEmail) =>
        unitsWithoutEmail.Count == 0
            ? "Cada unidade com plano ativo tem e-mail de notificação."
            : $"Sem e-mail próprio ({string.Join(", ", unitsWithoutEmail)}), os avisos vão para o e-mail principal {mainEmail}.";

    private static ReadinessItemDto Ok(string code, string message, string fixPath, string fixLabel) =>
        new(code, "ok", Optional: false, message, fixPath, fixLabel);

    private static ReadinessItemDto Missing(string code, string message, string fixPath, string fixLabel) =>
        new(code, "missing", Optional: false, message, fixPath, fixLabel);
}
