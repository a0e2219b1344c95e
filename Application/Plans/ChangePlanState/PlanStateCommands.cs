using Conexa.Application.Common.Interfaces;
using Conexa.Application.Plans.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Plans;
using Mediator;

namespace Conexa.Application.Plans.ChangePlanState;

/// <summary>Stops the plan's link from taking checkouts; existing contracts go on.</summary>
public sealed record DeactivatePlanCommand(Guid PlanId) : ICommand<PlanDto>;

/// <summary>Lets the plan's link take checkouts again.</summary>
public sealed record ActivatePlanCommand(Guid PlanId) : ICommand<PlanDto>;

/// <summary>Gives the plan a new public link token, so the old link returns 404.</summary>
public sealed record RegeneratePlanLinkCommand(Guid PlanId) : ICommand<PlanDto>;

public sealed class PlanStateCommandHandler(IAppDbContext db, ICurrentUser user, IPublicLinks links, TimeProvider clock)
    : ICommandHandler<DeactivatePlanCommand, PlanDto>,
      ICommandHandler<ActivatePlanCommand, PlanDto>,
      ICommandHandler<RegeneratePlanLinkCommand, PlanDto>
{
    public ValueTask<PlanDto> Handle(DeactivatePlanCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(command.PlanId, "plan.deactivated", "desativado", plan => plan.Deactivate(), cancellationToken);

    public ValueTask<PlanDto> Handle(ActivatePlanCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(command.PlanId, "plan.activated", "ativado", plan => plan.Activate(), cancellationToken);

    public ValueTask<PlanDto> Handle(RegeneratePlanLinkCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(command.PlanId, "plan.link-regenerated", "recebeu um link novo; o anterior deixou de funcionar", plan => plan.RegenerateLink(), cancellationToken);

    private async ValueTask<PlanDto> ChangeAsync(Guid planId, string action, string outcome, Action<Plan> change, CancellationToken cancellationToken)
    {
        var plan = await PlanLoader.LoadAsync(db, user, planId, cancellationToken);
        change(plan);
        db.AuditEntries.Add(AuditEntry.Record(user.TenantId, action, nameof(Plan), plan.Id, $"user:{user.UserId}", clock.GetUtcNow(), $"Plano \"{plan.Name}\" {outcome}."));
        await db.SaveChangesAsync(cancellationToken);
        return PlanMapping.ToDto(plan, links);
    }
}
