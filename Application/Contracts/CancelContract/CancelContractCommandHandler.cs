using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Text;
using Conexa.Application.Common.Time;
using Conexa.Application.Contracts.Shared;
using Conexa.Domain.Auditing;
using Conexa.Domain.Contracts;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Contracts.CancelContract;

/// <summary>
/// Cancels a contracting that awaits its first payment, in one transaction, and charges nothing. Its open charges are
/// cancelled here and, through their events, at the provider, so the Pix code or boleto stops being payable. The
/// history records who cancelled, and the contract's event withdraws it from signature and e-mails the customer.
/// </summary>
public sealed partial class CancelContractCommandHandler(
    IAppDbContext db,
    ICurrentUser user,
    TenantClock tenantClock,
    TimeProvider clock,
    ILogger<CancelContractCommandHandler> logger)
    : ICommandHandler<CancelContractCommand, int>
{
    public async ValueTask<int> Handle(CancelContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractLoader.LoadAsync(db, user, command.ContractId, cancellationToken);
        var charges = await db.Charges.Where(c => c.ContractId == contract.Id).ToListAsync(cancellationToken);
        var now = await tenantClock.NowAsync(contract.TenantId, cancellationToken);
        EnsureNoPaymentUnderway(contract, charges);

        contract.CancelByOperator(now);
        var open = charges.Where(c => c.IsOpen).ToList();
        foreach (var charge in open)
        {
            charge.Cancel();
        }

        db.AuditEntries.Add(AuditEntry.Record(
            contract.TenantId,
            "contract.cancelled",
            nameof(Contract),
            contract.Id,
            $"user:{user.UserId}",
            now,
            string.IsNullOrWhiteSpace(command.Reason)
                ? $"Cancelado pelo estabelecimento antes do primeiro pagamento; {Portuguese.Count(open.Count, "cobrança cancelada", "cobranças canceladas")}, nada cobrado."
                : $"Cancelado pelo estabelecimento antes do primeiro pagamento; {Portuguese.Count(open.Count, "cobrança cancelada", "cobranças canceladas")}, nada cobrado. Motivo: {command.Reason.Trim()}"));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            // A payment, the overdue job, a termination or another cancellation changed the contract or a charge first.
            LogConcurrentChange(exception, contract.Id);
            db.DiscardChanges();
            var current = await ContractLoader.LoadAsync(db, user, command.ContractId, cancellationToken);
            current.CancelByOperator(now);
            throw new StateConflictException(
                "contract-changed",
                "O contrato ou uma de suas cobranças mudou enquanto o cancelamento era salvo, e nada foi cancelado. Abra o contrato de novo e confira.");
        }

        LogCancelled(contract.Id, open.Count);
        return open.Count;
    }

    /// <summary>
    /// Rejects the cancellation while a payment is being started at the provider or after one was approved, because
    /// cancelling then could leave a payable Pix code or a card payment that no record of ours would cancel.
    /// </summary>
    private void EnsureNoPaymentUnderway(Contract contract, IReadOnlyList<Charge> charges)
    {
        if (contract.Status != ContractStatus.AwaitingPayment)
        {
            return;
        }

        if (charges.Any(c => c.Status is ChargeStatus.Paid or ChargeStatus.Approved))
        {
            throw new StateConflictException(
                "payment-received",
                "O primeiro pagamento desta contratação acabou de ser aprovado, por isso ela não foi cancelada. Para terminá-la, encerre o contrato.");
        }

        if (charges.Any(c => c.IsPaymentStarting(clock.GetUtcNow())))
        {
            throw new StateConflictException(
                "payment-starting",
                "O pagamento desta contratação está sendo registrado no provedor agora. Tente cancelar de novo em dois minutos.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} cancelled by the operator before its first payment; {Count} charge(s) cancelled")]
    private partial void LogCancelled(Guid contractId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancellation of contract {ContractId} lost to a concurrent change; nothing was saved")]
    private partial void LogConcurrentChange(Exception exception, Guid contractId);
}
