using Microsoft.Extensions.Options;

namespace Conexa.Infrastructure.Outbox;

/// <summary>
/// Decides which events the background processor may handle now. While the instance serves requests, only events
/// older than <see cref="OutboxOptions.MaxDeferral"/> are handled, and the rest wait for a pause of
/// <see cref="OutboxOptions.QuietPeriod"/> in the traffic.
/// </summary>
public sealed class OutboxDeferral(RequestActivity activity, IOptions<OutboxOptions> options, TimeProvider clock)
{
    /// <summary>Returns the Unix millisecond instant before which events may be handled now, or null when every due event may be.</summary>
    public long? HandleOnlyBefore()
    {
        var settings = options.Value;
        if (settings.MaxDeferral <= TimeSpan.Zero || !activity.IsServing(settings.QuietPeriod))
        {
            return null;
        }

        return clock.GetUtcNow().Subtract(settings.MaxDeferral).ToUnixTimeMilliseconds();
    }
}
