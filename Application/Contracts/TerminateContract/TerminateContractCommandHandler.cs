using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Text;
using Conexa.Application.Common.Time;
using Conexa.Application.Contracts.Documents;
using Conexa.Application.Contracts.PreviewTermination;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Credits;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Contracts.TerminateContract;

/// <summary>
/// Applies a termination plan in one transaction: cancels the charges it lists, adds the pro-rata
/// charge or the customer's credit, ends the contract and its quotas, and records who did it.
/// </summary>
public sealed partial class TerminateContractCommandHandler(
    IAppDbContext db,
    ICurrentUser user,
    TenantClock clock,
    TimeProvider realClock,
    ILogger<TerminateContractCommandHandler> logger)
    : ICommandHandler<TerminateContractCommand, TerminationPreviewDto>
{
    public async ValueTask<TerminationPreviewDto> Handle(TerminateContractCommand command, CancellationToken cancellationToken)
    {
        var endDate = command.EndDate!.Value;
        try
        {
            // The contract and its charges are read inside the write transaction, so a billing run cannot add a
            // charge between this read and the save. SQLite begins it with BEGIN IMMEDIATE, and SQL Server takes an
            // application lock on the contract.
            // NOTE: on SQL Server the billing run takes no such lock, so this read may miss a charge being inserted.
            await using var transaction = await db.BeginExclusiveAsync($"contract:{command.ContractId}", cancellationToken);
            var (contractId, plan) = await TerminateAsync(command.ContractId, endDate, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return PreviewTerminationQueryHandler.ToDto(contractId, plan);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || db.IsUniqueViolation(exception))
        {
            // Another request terminated the contract or changed one of its charges after this one read them,
            // or a billing run billed one of the periods this termination bills.
            LogConcurrentChange(exception, command.ContractId);
            db.DiscardChanges();
            var current = await ContractLoader.LoadAsync(db, user, command.ContractId, cancellationToken);
            current.EnsureCanTerminate(endDate);
            throw new StateConflictException(
                "contract-changed",
                "O contrato ou uma de suas cobranças mudou enquanto o encerramento era salvo, e nada foi encerrado. Confira a prévia de novo e encerre outra vez.");
        }
    }

    /// <summary>Reads the contract and its charges, applies the termination plan and saves it. Returns the plan.</summary>
    private async Task<(Guid ContractId, TerminationPlan Plan)> TerminateAsync(Guid contractId, DateOnly endDate, CancellationToken cancellationToken)
    {
        var contract = await ContractLoader.LoadAsync(db, user, contractId, cancellationToken);
        contract.EnsureCanTerminate(endDate);
        var charges = await db.Charges.Where(c => c.ContractId == contract.Id).ToListAsync(cancellationToken);
        if (charges.Any(c => c.IsPaymentStarting(realClock.GetUtcNow())))
        {
            // Cancelling a charge whose card payment or Pix code is being created at the provider would leave that
            // payment without our record.
            throw new StateConflictException(
                "payment-starting",
                "Um pagamento deste contrato está sendo registrado no provedor agora, por isso nada foi encerrado. Tente encerrar de novo em dois minutos.");
        }

        var now = await clock.NowAsync(contract.TenantId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == contract.TenantId, cancellationToken);
        var plan = TerminationPlan.For(contract, endDate, charges, tenant.EarliestDueDate(contract.PaymentOption.Method, now));

        foreach (var charge in plan.ChargesToCancel)
        {
            charge.Cancel();
        }

        foreach (var period in plan.PeriodsToBill)
        {
            AddCharge(contract, period.Index, ChargePurpose.Regular, plan.DueDateOf(period), contract.MonthlyPrice, now);
        }

        if (plan is { ReplacementAmount: { } amount, ReplacementDueDate: { } dueDate })
        {
            AddCharge(contract, plan.Period.Index, ChargePurpose.ProRata, dueDate, amount, now);
        }

        if (plan.CreditAmount > 0)
        {
            db.CustomerCredits.Add(CustomerCredit.Grant(contract.TenantId, contract.CustomerId, contract.Id, plan.CreditAmount, CreditReasons.Termination, now));
        }

        contract.Terminate(endDate, now, tenant.LocalDate(now));
        var outcome = contract.IsTerminationScheduled ? "Encerramento registrado" : "Encerrado";
        db.AuditEntries.Add(AuditEntry.Record(
            contract.TenantId,
            "contract.terminated",
            nameof(Contract),
            contract.Id,
            $"user:{user.UserId}",
            now,
            $"{outcome} com último dia {Portuguese.Date(endDate)}. Pró-rata {ContractDocumentIssuer.Brl(plan.ProRata.Amount)}{AdhesionNote(plan)}, crédito {ContractDocumentIssuer.Brl(plan.CreditAmount)}."));
        await db.SaveChangesAsync(cancellationToken);
        return (contract.Id, plan);
    }

    /// <summary>Returns the note that the pro-rata charge also carries the adhesion fee, or nothing.</summary>
    private static string AdhesionNote(TerminationPlan plan) =>
        plan.AdhesionAmount > 0 ? $" mais adesão {ContractDocumentIssuer.Brl(plan.AdhesionAmount)}" : string.Empty;

    /// <summary>Adds a charge that no one starts in this request, so the payment start job starts it at its next pass.</summary>
    private void AddCharge(Contract contract, int periodIndex, ChargePurpose purpose, DateOnly dueDate, decimal amount, DateTimeOffset now)
    {
        var charge = Charge.ForPeriod(contract.TenantId, contract.CustomerId, contract.Id, contract.PaymentOption, periodIndex, purpose, dueDate, amount, now);
        charge.LeaveStartToJob();
        db.Charges.Add(charge);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Termination of contract {ContractId} lost to a concurrent change; nothing was saved")]
    private partial void LogConcurrentChange(Exception exception, Guid contractId);
}
