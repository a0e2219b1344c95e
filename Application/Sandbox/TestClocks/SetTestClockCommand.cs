using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Auditing;
using Conexa.Domain.Common;
using Conexa.Domain.Tenants;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Sandbox.TestClocks;

/// <summary>Freezes the caller's tenant's clock at <see cref="Instant"/> (ISO 8601 with offset).</summary>
public sealed record SetTestClockCommand(string? Instant) : ICommand<TestClockDto>;

public sealed class SetTestClockCommandValidator : AbstractValidator<SetTestClockCommand>
{
    public SetTestClockCommandValidator()
    {
        RuleFor(c => c.Instant)
            .Must(text => IsoInstant.TryParse(text, out _))
            .WithMessage("Informe instant no formato ISO 8601 com fuso, por exemplo 2027-01-31T15:00:00-03:00.");
    }
}

public sealed class SetTestClockCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetTestClockCommand, TestClockDto>
{
    public async ValueTask<TestClockDto> Handle(SetTestClockCommand command, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        var instant = IsoInstant.Parse(command.Instant!);
        if (tenant.TestClockInstant is null)
        {
            await EnsureNotBeforeContractsAsync(tenant, instant, cancellationToken);
        }

        tenant.SetTestClock(instant);
        db.AuditEntries.Add(AuditEntry.Record(tenant.Id, "test-clock.set", nameof(Tenant), tenant.Id, $"user:{user.UserId}", instant, $"Relógio de teste definido em {instant:yyyy-MM-ddTHH:mm:sszzz}."));
        await db.SaveChangesAsync(cancellationToken);
        return GetTestClockQueryHandler.ToDto(tenant, clock);
    }

    /// <summary>
    /// Rejects a first clock whose day is before the tenant's latest contract, because new contracts would then
    /// start before the ones already stored and the history would read out of order.
    /// </summary>
    private async Task EnsureNotBeforeContractsAsync(Tenant tenant, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var latestStart = await db.Contracts.Where(c => c.TenantId == tenant.Id).MaxAsync(c => (DateOnly?)c.StartDate, cancellationToken);
        if (latestStart is { } latest && tenant.LocalDate(instant) < latest)
        {
            throw new BusinessRuleException(
                "test-clock-before-records",
                $"Este estabelecimento já tem contratos que começam em {latest.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}. O relógio de teste não pode começar antes disso: escolha um instante a partir desse dia.");
        }
    }
}
