using Conexa.FunctionalTests.Support;
using Conexa.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Conexa.FunctionalTests.Reliability;

/// <summary>
/// The background outbox processor leaves recent events for a pause in the HTTP traffic, and handles events older
/// than the maximum deferral at once. Each test runs its own API with the processor polling every 50 ms.
/// </summary>
public sealed class OutboxDeferralTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Test]
    public async Task RecentEvent_WaitsForQuietPeriod()
    {
        await using var api = await StartAsync();
        var activity = api.Services.GetRequiredService<RequestActivity>();

        activity.Begin();
        await api.AddMessagesAsync(1, DateTimeOffset.UtcNow);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var duringRequest = (await api.MessagesAsync()).Single();
        activity.End();
        var afterRequest = await WaitUntilProcessedAsync(api);

        Assert.That(duringRequest.ProcessedAt, Is.Null, "deferred while a request is served");
        Assert.That(duringRequest.Attempts, Is.Zero, "not claimed while deferred");
        Assert.That(afterRequest.ProcessedAt, Is.Not.Null, "handled once the requests stopped");
    }

    [Test]
    public async Task OldEvent_HandledDuringRequests()
    {
        await using var api = await StartAsync();
        var activity = api.Services.GetRequiredService<RequestActivity>();

        activity.Begin();
        await api.AddMessagesAsync(1, DateTimeOffset.UtcNow.AddMinutes(-2));
        var message = await WaitUntilProcessedAsync(api);
        activity.End();

        Assert.That(message.ProcessedAt, Is.Not.Null);
    }

    [Test]
    public async Task HttpRequest_CountsAsServing()
    {
        await using var api = await StartAsync();
        var activity = api.Services.GetRequiredService<RequestActivity>();
        var beforeRequest = activity.IsServing(TimeSpan.FromMinutes(1));

        using var client = new HttpClient { BaseAddress = new Uri(api.Address) };
        using var response = await client.GetAsync("/health/live");

        Assert.That(beforeRequest, Is.False);
        Assert.That(response.IsSuccessStatusCode, Is.True);
        Assert.That(activity.IsServing(TimeSpan.FromMinutes(1)), Is.True);
        Assert.That(activity.IsServing(TimeSpan.Zero), Is.False, "no request in flight after the response");
    }

    private static Task<OutboxTestApi> StartAsync() => OutboxTestApi.StartAsync(new Dictionary<string, string?>
    {
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:QuietPeriod"] = "00:00:00.200",
        ["Outbox:MaxDeferral"] = "00:01:00",
    });

    /// <summary>Returns the API's only message once it is processed, or as it is when <see cref="Wait"/> passes first.</summary>
    private static async Task<Infrastructure.Outbox.OutboxMessage> WaitUntilProcessedAsync(OutboxTestApi api)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var message = (await api.MessagesAsync()).Single();
            if (message.ProcessedAt is not null || DateTime.UtcNow > deadline)
            {
                return message;
            }

            await Task.Delay(50);
        }
    }
}
