using System.Text.Json.Serialization;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Auditing;
using Unit = Conexa.Domain.Tenants.Unit;
using Conexa.Application.Checkouts.SubmitCheckout;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Units;

/// <summary>
/// A unit of the tenant. <paramref name="NotificationEmail"/> is the unit's own address, or null;
/// <paramref name="EffectiveNotificationEmail"/> is where each contracting's notice goes.
/// </summary>
public sealed record UnitDto(Guid Id, string Name, string? NotificationEmail, string EffectiveNotificationEmail);

/// <summary>The caller's tenant's units, by name.</summary>
public sealed record GetUnitsQuery : IQuery<IReadOnlyList<UnitDto>>;

/// <summary>Sets a unit's notification e-mail; a null or blank <paramref name="Email"/> falls back to the tenant's main e-mail.</summary>
/// <remarks>
/// A member the body does not have is rejected, and so is a body without <c>email</c>, because a misspelt member
/// such as <c>notificationEmail</c> or an empty <c>{}</c> would otherwise leave <paramref name="Email"/> null and move
/// the unit's notices to the tenant's main e-mail. Clearing the address takes an explicit <c>"email": null</c>.
/// </remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SetUnitNotificationEmailCommand([property: JsonRequired] string? Email) : ICommand<UnitDto>
{
    /// <summary>The unit to change, taken from the route rather than the body.</summary>
    [JsonIgnore]
    public Guid UnitId { get; init; }
}

public sealed class SetUnitNotificationEmailCommandValidator : AbstractValidator<SetUnitNotificationEmailCommand>
{
    public const int EmailMaxLength = 254;

    public SetUnitNotificationEmailCommandValidator()
    {
        // The unit stores the address trimmed, so spaces pasted around it are not an error.
        RuleFor(c => c.Email == null ? null : c.Email.Trim())
            .MaximumLength(EmailMaxLength).WithMessage($"O e-mail tem no máximo {EmailMaxLength} caracteres.")
            .MustBeEmailAddress()
            .OverridePropertyName(nameof(SetUnitNotificationEmailCommand.Email))
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
    }
}

public sealed class UnitHandlers(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetUnitsQuery, IReadOnlyList<UnitDto>>,
      ICommandHandler<SetUnitNotificationEmailCommand, UnitDto>
{
    public async ValueTask<IReadOnlyList<UnitDto>> Handle(GetUnitsQuery query, CancellationToken cancellationToken)
    {
        var mainEmail = await MainEmailAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.TenantId == user.TenantId).ToListAsync(cancellationToken);
        return units.OrderBy(u => u.Name, StringComparer.CurrentCulture).Select(u => ToDto(u, mainEmail)).ToList();
    }

    public async ValueTask<UnitDto> Handle(SetUnitNotificationEmailCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.UnitId && u.TenantId == user.TenantId, cancellationToken)
            ?? throw new NotFoundException("Unit", command.UnitId.ToString());
        unit.SetNotificationEmail(command.Email);
        db.AuditEntries.Add(AuditEntry.Record(
            user.TenantId,
            "unit.notification-email-changed",
            nameof(Unit),
            unit.Id,
            $"user:{user.UserId}",
            clock.GetUtcNow(),
            unit.NotificationEmail is null ? "E-mail de notificação removido; vale o e-mail principal." : "E-mail de notificação alterado."));
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(unit, await MainEmailAsync(cancellationToken));
    }

    private Task<string> MainEmailAsync(CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking().Where(t => t.Id == user.TenantId).Select(t => t.MainEmail).SingleAsync(cancellationToken);

    private static UnitDto ToDto(Unit unit, string mainEmail) =>
        new(unit.Id, unit.Name, unit.NotificationEmail, unit.NotificationEmail ?? mainEmail);
}
