using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Application.Integrations.Shared;
using Conexa.Domain.Auditing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Integrations.TestIntegration;

/// <summary>Tests the tenant's own account at a provider and records the outcome.</summary>
public sealed record TestIntegrationCommand(IntegrationProvider Provider) : ICommand<IntegrationDto>;

public sealed class TestIntegrationCommandHandler(IAppDbContext db, ICurrentUser user, IConnectionTester tester, IHostIntegrations host, TimeProvider clock)
    : ICommandHandler<TestIntegrationCommand, IntegrationDto>
{
    public async ValueTask<IntegrationDto> Handle(TestIntegrationCommand command, CancellationToken cancellationToken)
    {
        var connection = await db.ProviderConnections.SingleOrDefaultAsync(
                c => c.TenantId == user.TenantId && c.Provider == command.Provider,
                cancellationToken)
            ?? throw new NotFoundException("Integration", command.Provider.Code());

        var result = await tester.TestAsync(connection, cancellationToken);
        connection.LastTestedAt = clock.GetUtcNow();
        connection.LastTestSucceeded = result.Succeeded;
        connection.LastTestMessage = result.Message;
        db.AuditEntries.Add(AuditEntry.Record(
            user.TenantId,
            result.Succeeded ? "integration.test-succeeded" : "integration.test-failed",
            nameof(ProviderConnection),
            connection.Id,
            $"user:{user.UserId}",
            clock.GetUtcNow(),
            $"{command.Provider.DisplayName()}: {result.Message}"));
        await db.SaveChangesAsync(cancellationToken);
        return IntegrationMapping.ToDto(command.Provider, connection, host);
    }
}
