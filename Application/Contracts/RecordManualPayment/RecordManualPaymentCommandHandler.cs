using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Common.Text;
using Conexa.Application.Contracts.Documents;
using Conexa.Application.Contracts.Shared;
using Conexa.Application.Payments;
using Conexa.Domain.Auditing;
using Conexa.Domain.Sales;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.Contracts.RecordManualPayment;

/// <summary>
/// Marks a charge paid with money the unit received outside the providers, in one transaction, and applies it to the
/// contract as a provider's payment would: the first charge activates it and the last overdue one resumes it. The
/// charge's events withdraw its Pix code or boleto at the provider and e-mail the customer the receipt. A payment of
/// that code arriving afterwards becomes the customer's credit.
/// </summary>
public sealed partial class RecordManualPaymentCommandHandler(
    IAppDbContext db,
    ICurrentUser user,
    ChargePaymentRecorder recorder,
    TimeProvider clock,
    ILogger<RecordManualPaymentCommandHandler> logger)
    : ICommandHandler<RecordManualPaymentCommand>
{
    public async ValueTask<Unit> Handle(RecordManualPaymentCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractLoader.LoadAsync(db, user, command.ContractId, cancellationToken);
        var charge = await db.Charges.SingleOrDefaultAsync(c => c.Id == command.ChargeId && c.ContractId == contract.Id, cancellationToken)
            ?? throw new NotFoundException("Charge", command.ChargeId.ToString());
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == contract.TenantId, cancellationToken);
        var now = tenant.Now(clock);
        var today = tenant.LocalDate(now);
        var paidOn = command.PaidOn ?? today;
        if (paidOn > today)
        {
            throw PaidOnRejected($"A data do pagamento ({Portuguese.Date(paidOn)}) é depois de hoje ({Portuguese.Date(today)}). Informe o dia em que o dinheiro foi recebido.");
        }

        if (paidOn < contract.StartDate)
        {
            throw PaidOnRejected($"A data do pagamento ({Portuguese.Date(paidOn)}) é antes do início do contrato ({Portuguese.Date(contract.StartDate)}). Informe o dia em que o dinheiro foi recebido.");
        }

        var realNow = clock.GetUtcNow();
        if (charge.IsPaymentStarting(realNow))
        {
            throw new StateConflictException(
                "payment-starting",
                "O pagamento desta cobrança está sendo registrado no provedor agora, por isso nada foi registrado. Tente de novo em dois minutos.");
        }

        // A day before today is recorded at its noon, so the date stays the same in any report of the tenant.
        var paidAt = paidOn == today ? now : tenant.StartOfDay(paidOn).AddHours(12);
        charge.RegisterManualPayment(paidAt, realNow);
        var note = string.IsNullOrWhiteSpace(command.Note) ? string.Empty : $" Observação: {command.Note.Trim()}";
        db.AuditEntries.Add(AuditEntry.Record(
            charge.TenantId,
            "charge.paid-manually",
            nameof(Charge),
            charge.Id,
            $"user:{user.UserId}",
            now,
            $"{ContractDocumentIssuer.Brl(charge.Amount)} recebido fora dos provedores em {Portuguese.Date(paidOn)}, registrado pelo estabelecimento.{note}"));
        // The contract changes now, whatever day the money arrived, so its history stays in order.
        await recorder.ApplyToContractAsync(charge, now, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            // A provider's payment, the overdue job or a termination changed the charge or the contract first.
            LogConcurrentChange(exception, charge.Id);
            db.DiscardChanges();
            throw new StateConflictException(
                "charge-changed",
                "A cobrança ou o contrato mudou enquanto o pagamento era registrado, e nada foi salvo. Abra o contrato de novo e confira se a cobrança ainda está em aberto.");
        }

        LogRecorded(charge.Id, contract.Id);
        return Unit.Value;
    }

    private static ValidationException PaidOnRejected(string message) =>
        new([new ValidationFailure(nameof(RecordManualPaymentCommand.PaidOn), message)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Charge {ChargeId} of contract {ContractId} recorded as paid outside the providers")]
    private partial void LogRecorded(Guid chargeId, Guid contractId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Manual payment of charge {ChargeId} lost to a concurrent change; nothing was saved")]
    private partial void LogConcurrentChange(Exception exception, Guid chargeId);
}
