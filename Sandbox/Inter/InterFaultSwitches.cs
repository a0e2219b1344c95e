using Conexa.Sandbox.Inter;

namespace Conexa.Sandbox;

/// <summary>
/// Failures the Inter sandbox imitates on its API, flipped by tests: added latency, 5xx or 429 responses,
/// hanging requests, and duplicate or out-of-order webhook deliveries. A fault may target one method and
/// path prefix, and may act after the request was handled, so the change is made but its response lost.
/// </summary>
public sealed class InterFaultSwitches
{
    private readonly Lock gate = new();
    private readonly List<InterFault> pending = [];

    /// <summary>Delay added before every API request, token included.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Sends every webhook item twice in its array, and the whole array twice.</summary>
    public bool DuplicateDeliveries { get; set; }

    /// <summary>Sends the items of each webhook array newest first, so a later state arrives before an earlier one.</summary>
    public bool OutOfOrderDeliveries { get; set; }

    /// <summary>Drops every webhook delivery without sending it, as when a callback is lost.</summary>
    public bool DropDeliveries { get; set; }

    /// <summary>Rejects alphanumeric CNPJs in new boletos, even when <see cref="InterSandboxOptions.AcceptAlphanumericCnpj"/> is true.</summary>
    public bool RejectAlphanumericCnpj { get; set; }

    /// <summary>Makes the next <paramref name="count"/> matching requests fail with <paramref name="statusCode"/>.</summary>
    public void FailNext(int count, int statusCode = 503, string? method = null, string? pathPrefix = null, bool afterHandling = false) =>
        Add(new InterFault(InterFaultKind.Status, count, statusCode, TimeSpan.Zero, method, pathPrefix, afterHandling));

    /// <summary>Makes the next <paramref name="count"/> matching requests fail with 429 and a Retry-After header.</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter, string? method = null, string? pathPrefix = null) =>
        Add(new InterFault(InterFaultKind.Status, count, 429, retryAfter, method, pathPrefix, AfterHandling: false));

    /// <summary>Makes the next <paramref name="count"/> matching requests hang without a response until the client gives up.</summary>
    public void HangNext(int count, string? method = null, string? pathPrefix = null, bool afterHandling = false) =>
        Add(new InterFault(InterFaultKind.Hang, count, 0, TimeSpan.Zero, method, pathPrefix, afterHandling));

    /// <summary>Clears every switch.</summary>
    public void Reset()
    {
        lock (gate)
        {
            pending.Clear();
        }

        Latency = TimeSpan.Zero;
        DuplicateDeliveries = false;
        OutOfOrderDeliveries = false;
        DropDeliveries = false;
        RejectAlphanumericCnpj = false;
    }

    internal InterFault? TryTake(string method, string path, bool afterHandling)
    {
        lock (gate)
        {
            var match = pending.FirstOrDefault(fault => fault.AfterHandling == afterHandling && fault.Matches(method, path));
            if (match is null)
            {
                return null;
            }

            pending.Remove(match);
            if (match.Count > 1)
            {
                pending.Add(match with { Count = match.Count - 1 });
            }

            return match;
        }
    }

    internal bool HasPending(string method, string path, bool afterHandling)
    {
        lock (gate)
        {
            return pending.Exists(fault => fault.AfterHandling == afterHandling && fault.Matches(method, path));
        }
    }

    private void Add(InterFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fault.Count);
        lock (gate)
        {
            pending.Add(fault);
        }
    }
}
