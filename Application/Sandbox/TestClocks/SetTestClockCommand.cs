using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Auditing;
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
        tenant.SetTestClock(instant);
        db.AuditEntries.Add(AuditEntry.Record(tenant.Id, "test-clock.set", nameof(Tenant), tenant.Id, $"user:{user.UserId}", instant, $"Relógio de teste definido em {instant:yyyy-MM-ddTHH:mm:sszzz}."));
        await db.SaveChangesAsync(cancellationToken);
        return GetTestClockQueryHandler.ToDto(tenant, clock);
    }
}
