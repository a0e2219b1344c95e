using System.Text.Json;
using Conexa.Api.Hosting;
using Conexa.Domain.Contracts;
using Conexa.Domain.Emails;
using Conexa.Infrastructure.Outbox;
using Conexa.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Support;

/// <summary>
/// An API on its own database for outbox tests, whose outbox messages are ContractingCompleted events that name
/// no real contract, so the product's handlers do nothing with them.
/// </summary>
public sealed class OutboxTestApi(WebApplication app, string databasePath) : IAsyncDisposable
{
    public IServiceProvider Services => app.Services;

    /// <summary>The loopback address the API listens on.</summary>
    public string Address => app.Urls.First();

    public OutboxDispatcher Dispatcher => app.Services.GetRequiredService<OutboxDispatcher>();

    public static async Task<OutboxTestApi> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var databasePath = ApiServer.NewDatabasePath();
        var app = await ApiServer.BuildAsync(databasePath, settings, configure);
        await ApiHost.StartAsync(app);
        return new OutboxTestApi(app, databasePath);
    }

    /// <summary>
    /// Saves <paramref name="count"/> messages that occurred at <paramref name="occurredAt"/>, or, without it, at
    /// 0, 1, 2 and so on Unix milliseconds, so they are due in the order they were added.
    /// </summary>
    public async Task AddMessagesAsync(int count, DateTimeOffset? occurredAt = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var i = 0; i < count; i++)
        {
            var domainEvent = new ContractingCompleted(Guid.NewGuid(), Guid.NewGuid());
            db.OutboxMessages.Add(new OutboxMessage
            {
                Type = typeof(ContractingCompleted).FullName!,
                Payload = JsonSerializer.Serialize(domainEvent),
                OccurredAt = occurredAt?.ToUnixTimeMilliseconds() ?? i,
            });
        }

        await db.SaveChangesAsync();
    }

    public async Task AddEmailAsync(EmailMessage email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.EmailMessages.Add(email);
        await db.SaveChangesAsync();
    }

    public async Task<int> EmailCountAsync(Guid relatedId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().EmailMessages.CountAsync(m => m.RelatedId == relatedId);
    }

    public async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        ApiServer.DeleteDatabase(databasePath);
    }
}
