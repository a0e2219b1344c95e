using Conexa.Application.Common.Interfaces;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.PreviewTermination;

public sealed class PreviewTerminationQueryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<PreviewTerminationQuery, TerminationPreviewDto>
{
    public async ValueTask<TerminationPreviewDto> Handle(PreviewTerminationQuery query, CancellationToken cancellationToken)
    {
        var contract = await ContractLoader.LoadAsync(db, user, query.ContractId, cancellationToken);
        var endDate = query.EndDate!.Value;
        contract.EnsureCanTerminate(endDate);
        var charges = await db.Charges.AsNoTracking().Where(c => c.ContractId == contract.Id).ToListAsync(cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == contract.TenantId, cancellationToken);
        var earliestDueDate = tenant.EarliestDueDate(contract.PaymentOption.Method, tenant.Now(clock));

        return ToDto(contract.Id, TerminationPlan.For(contract, endDate, charges, earliestDueDate));
    }

    internal static TerminationPreviewDto ToDto(Guid contractId, TerminationPlan plan) => new(
        contractId,
        plan.EndDate,
        plan.Period.Start,
        plan.Period.NextDueDate,
        plan.ProRata.UsedDays,
        plan.ProRata.PeriodDays,
        plan.MonthlyPrice,
        plan.ProRata.Amount,
        plan.ReplacementAmount,
        plan.AdhesionAmount,
        plan.ReplacementDueDate,
        plan.CreditAmount,
        plan.ChargesToCancel.Select(c => new CancelledChargeDto(c.Id, c.DueDate, c.Amount, c.Status)).ToList(),
        plan.PeriodsToBill.Select(p => new UnbilledPeriodDto(p.Start, p.NextDueDate, plan.MonthlyPrice, plan.DueDateOf(p))).ToList(),
        plan.CreditedCharges.Select(c => new CreditedChargeDto(c.Charge.Id, c.Charge.DueDate, c.Charge.Amount, c.Amount)).ToList());
}
