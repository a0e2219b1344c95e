using Conexa.Domain.Emails;
using Conexa.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Support;

/// <summary>The tests' wait for the e-mails that outbox events send.</summary>
public static class SentEmails
{
    /// <summary>
    /// Dispatches the outbox until the tenant has a sent e-mail of <paramref name="kind"/> and
    /// <paramref name="alsoDone"/>, when given, returns true, for up to ten seconds. Returns the e-mail, or null.
    /// </summary>
    public static async Task<EmailMessage?> WaitForAsync(Guid tenantId, EmailKind kind, Func<bool>? alsoDone = null)
    {
        var dispatcher = ApiServer.Services.GetRequiredService<OutboxDispatcher>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await dispatcher.DispatchPendingAsync(CancellationToken.None);
            var message = await ApiServer.QueryAsync(db => db.EmailMessages.AsNoTracking()
                .SingleOrDefaultAsync(m => m.TenantId == tenantId && m.Kind == kind && m.Status == EmailStatus.Sent));
            if ((message is not null && (alsoDone?.Invoke() ?? true)) || DateTime.UtcNow > deadline)
            {
                return message;
            }

            await Task.Delay(100);
        }
    }
}
