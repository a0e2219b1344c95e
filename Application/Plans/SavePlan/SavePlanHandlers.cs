using Conexa.Application.Common.Interfaces;
using Conexa.Application.Plans.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Plans;
using Mediator;

namespace Conexa.Application.Plans.SavePlan;

public sealed class CreatePlanCommandHandler(IAppDbContext db, ICurrentUser user, IPublicLinks links, TimeProvider clock)
    : ICommandHandler<CreatePlanCommand, PlanDto>
{
    public async ValueTask<PlanDto> Handle(CreatePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = Plan.Create(user.TenantId, command.UnitId!.Value, command.Name!, command.Description ?? string.Empty, command.MonthlyPrice!.Value, command.AdhesionFee ?? 0m);
        PlanFields.ApplyOptions(plan, command);
        db.Plans.Add(plan);
        db.AuditEntries.Add(AuditEntry.Record(user.TenantId, "plan.created", nameof(Plan), plan.Id, $"user:{user.UserId}", clock.GetUtcNow(), $"Plano \"{plan.Name}\" criado."));
        await db.SaveChangesAsync(cancellationToken);
        return PlanMapping.ToDto(plan, links);
    }
}

public sealed class UpdatePlanCommandHandler(IAppDbContext db, ICurrentUser user, IPublicLinks links, TimeProvider clock)
    : ICommandHandler<UpdatePlanCommand, PlanDto>
{
    public async ValueTask<PlanDto> Handle(UpdatePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await PlanLoader.LoadAsync(db, user, command.PlanId, cancellationToken);
        plan.Edit(command.UnitId!.Value, command.Name!, command.Description ?? string.Empty);
        plan.SetPrices(command.MonthlyPrice!.Value, command.AdhesionFee ?? 0m);
        PlanFields.ApplyOptions(plan, command);
        db.AuditEntries.Add(AuditEntry.Record(user.TenantId, "plan.updated", nameof(Plan), plan.Id, $"user:{user.UserId}", clock.GetUtcNow(), $"Plano \"{plan.Name}\" alterado."));
        await db.SaveChangesAsync(cancellationToken);
        return PlanMapping.ToDto(plan, links);
    }
}

internal static class PlanFields
{
    /// <summary>Copies the validated policy, quotas, payment options and form onto the plan.</summary>
    public static void ApplyOptions(Plan plan, IPlanFields fields)
    {
        plan.SetActivationPolicy(fields.ActivationPolicy!.Value);
        plan.SetQuotas((fields.Quotas ?? []).Select(q => new PlanQuota(q.Resource.Trim(), q.Amount, q.Unit.Trim())));
        plan.SetPaymentOptions(fields.PaymentOptions!.Select(o => new PaymentOption(o.Method, o.Provider)));
        plan.SetForm(PlanMapping.ToDomain(fields.Form));
        plan.SetContractTemplate(string.IsNullOrWhiteSpace(fields.ContractTemplate) ? null : fields.ContractTemplate);
    }
}
