using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Integrations.Shared;
using Conexa.Domain.Auditing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Integrations.DeleteIntegration;

/// <summary>Removes the tenant's own account at a provider; the host configuration, if any, applies again.</summary>
public sealed record DeleteIntegrationCommand(IntegrationProvider Provider) : ICommand;

public sealed class DeleteIntegrationCommandHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeleteIntegrationCommand>
{
    public async ValueTask<Unit> Handle(DeleteIntegrationCommand command, CancellationToken cancellationToken)
    {
        var connection = await db.ProviderConnections.SingleOrDefaultAsync(
                c => c.TenantId == user.TenantId && c.Provider == command.Provider,
                cancellationToken)
            ?? throw new NotFoundException("Integration", command.Provider.Code());

        db.ProviderConnections.Remove(connection);
        db.AuditEntries.Add(AuditEntry.Record(
            user.TenantId,
            "integration.removed",
            nameof(ProviderConnection),
            connection.Id,
            $"user:{user.UserId}",
            clock.GetUtcNow(),
            $"Credenciais próprias de {command.Provider.DisplayName()} removidas."));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
