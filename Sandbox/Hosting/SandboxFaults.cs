using System.Net;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Hosting;

/// <summary>The ways <see cref="SandboxFaults"/> makes a provider API call fail.</summary>
public enum SandboxFault
{
    /// <summary>500 Internal Server Error before the request is handled.</summary>
    ServerError,

    /// <summary>503 Service Unavailable before the request is handled.</summary>
    Unavailable,

    /// <summary>429 Too Many Requests with Retry-After before the request is handled.</summary>
    TooManyRequests,

    /// <summary>No response until <see cref="SandboxFaults.HangDuration"/> has passed, so the caller times out.</summary>
    Timeout,

    /// <summary>The request is handled, then the connection is dropped, so the caller cannot know whether it worked.</summary>
    LostResponse,
}

/// <summary>
/// Switches that make the sandbox's provider routes misbehave like a struggling provider: added latency,
/// a random share of failing calls, or the next calls failing in a chosen way. The control routes under
/// /sandbox are never affected. Tests and fault runs flip these at any time; the defaults inject nothing.
/// </summary>
public sealed class SandboxFaults
{
    private static readonly SandboxFault[] RandomFaults =
        [SandboxFault.ServerError, SandboxFault.Unavailable, SandboxFault.TooManyRequests, SandboxFault.Timeout, SandboxFault.LostResponse];

    private readonly Lock gate = new();
    private readonly List<(SandboxFault Fault, string? PathPrefix)> next = [];
    private Random random = new(1);
    private readonly Dictionary<SandboxFault, int> injected = [];
    private double failureRate;

    /// <summary>Delay added before every provider call is handled.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>How long a <see cref="SandboxFault.Timeout"/> delays the request before returning 504.</summary>
    public TimeSpan HangDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Seconds sent in Retry-After with a 429.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Drops every callback (charge notifications and Pix payments) instead of posting it, as a lost delivery would.</summary>
    public bool DropDeliveries { get; set; }

    /// <summary>Posts every callback twice, as a provider that retries a delivery it thinks failed does.</summary>
    public bool DuplicateDeliveries { get; set; }

    /// <summary>Share of provider calls, from 0 to 1, that fail with a fault drawn at random from every kind.</summary>
    public double FailureRate
    {
        get => failureRate;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
            failureRate = value;
        }
    }

    /// <summary>How many calls failed with each fault since the sandbox started.</summary>
    public IReadOnlyDictionary<SandboxFault, int> Injected
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<SandboxFault, int>(injected);
            }
        }
    }

    /// <summary>Makes the random draws repeatable.</summary>
    public void Seed(int seed)
    {
        lock (gate)
        {
            random = new Random(seed);
        }
    }

    /// <summary>
    /// Makes the next <paramref name="count"/> provider calls fail with <paramref name="fault"/>; with
    /// <paramref name="pathPrefix"/>, only calls whose path starts with it (such as "/v1/charge/one-step").
    /// </summary>
    public void FailNext(int count, SandboxFault fault, string? pathPrefix = null)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                next.Add((fault, pathPrefix));
            }
        }
    }

    /// <summary>Removes every switch: no latency, no failure rate, no queued faults, callbacks posted once.</summary>
    public void Reset()
    {
        lock (gate)
        {
            next.Clear();
            failureRate = 0;
            Latency = TimeSpan.Zero;
            DropDeliveries = false;
            DuplicateDeliveries = false;
        }
    }

    internal SandboxFault? Draw(string path)
    {
        lock (gate)
        {
            SandboxFault? fault = null;
            var index = next.FindIndex(item => item.PathPrefix is null || path.StartsWith(item.PathPrefix, StringComparison.Ordinal));
            if (index >= 0)
            {
                fault = next[index].Fault;
                next.RemoveAt(index);
            }
            else if (failureRate > 0 && random.NextDouble() < failureRate)
            {
                fault = RandomFaults[random.Next(RandomFaults.Length)];
            }

            if (fault is { } drawn)
            {
                injected[drawn] = injected.GetValueOrDefault(drawn) + 1;
            }

            return fault;
        }
    }

    /// <summary>Middleware that applies the switches to every route but the control ones.</summary>
    internal async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/sandbox"))
        {
            await next(context);
            return;
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }

        switch (Draw(context.Request.Path.Value ?? string.Empty))
        {
            case null:
                await next(context);
                break;
            case SandboxFault.ServerError:
                context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
                break;
            case SandboxFault.Unavailable:
                context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
                break;
            case SandboxFault.TooManyRequests:
                context.Response.StatusCode = (int)HttpStatusCode.TooManyRequests;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case SandboxFault.Timeout:
                await HangAsync(context);
                break;
            case SandboxFault.LostResponse:
                await HandleThenDropAsync(context, next);
                break;
        }
    }

    private async Task HangAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(HangDuration, context.RequestAborted);
            context.Response.StatusCode = (int)HttpStatusCode.GatewayTimeout;
        }
        catch (OperationCanceledException)
        {
            // The caller gave up first, as intended.
        }
    }

    private static async Task HandleThenDropAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        context.Abort();
    }
}
