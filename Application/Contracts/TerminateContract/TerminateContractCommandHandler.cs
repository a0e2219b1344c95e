using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Time;
using Conexa.Application.Contracts.PreviewTermination;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Credits;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Contracts.TerminateContract;

/// <summary>
/// Applies a termination plan in one transaction: cancels the charges it lists, adds the pro-rata
/// charge or the customer's credit, ends the contract and its quotas, and records who did it.
/// </summary>
public sealed class TerminateContractCommandHandler(IAppDbContext db, ICurrentUser user, TenantClock clock)
    : ICommandHandler<TerminateContractCommand, TerminationPreviewDto>
{
    public async ValueTask<TerminationPreviewDto> Handle(TerminateContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractLoader.LoadAsync(db, user, command.ContractId, cancellationToken);
        var endDate = command.EndDate!.Value;
        contract.EnsureCanTerminate(endDate);
        var charges = await db.Charges.Where(c => c.ContractId == contract.Id).ToListAsync(cancellationToken);
        var plan = TerminationPlan.For(contract, endDate, charges);
        var now = await clock.NowAsync(contract.TenantId, cancellationToken);

        foreach (var charge in plan.ChargesToCancel)
        {
            charge.Cancel();
        }

        if (plan.ReplacementAmount is { } amount)
        {
            var dueDate = plan.PeriodCharge?.DueDate ?? plan.Period.Start;
            db.Charges.Add(Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, plan.Period.Index, ChargePurpose.ProRata, dueDate, amount, now));
        }

        if (plan.CreditAmount > 0)
        {
            db.CustomerCredits.Add(CustomerCredit.Grant(contract.TenantId, contract.CustomerId, contract.Id, plan.CreditAmount, "Período não utilizado após o encerramento do contrato.", now));
        }

        contract.Terminate(endDate, now);
        db.AuditEntries.Add(AuditEntry.Record(
            contract.TenantId,
            "contract.terminated",
            nameof(Contract),
            contract.Id,
            $"user:{user.UserId}",
            now,
            $"Encerrado com último dia {endDate:yyyy-MM-dd}; pró-rata {plan.ProRata.Amount:0.00}, crédito {plan.CreditAmount:0.00}."));

        await db.SaveChangesAsync(cancellationToken);
        return PreviewTerminationQueryHandler.ToDto(contract.Id, plan);
    }
}
