namespace Conexa.Sandbox.D4Sign;

/// <summary>
/// Failures the tests switch on to imitate a struggling D4Sign. They apply to the API routes under
/// /api/v1 and to callbacks, never to the /sandbox control routes. Thread-safe.
/// </summary>
public sealed class D4SignFaults
{
    private readonly Lock gate = new();
    private int failuresLeft;
    private int failureStatus = 500;
    private string? failurePath;
    private int hangsLeft;
    private string? hangPath;

    /// <summary>Delay added before every API response.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Posts every callback twice.</summary>
    public bool DuplicateDeliveries { get; set; }

    /// <summary>When all signers sign at once, posts "finished" (type 1) before the per-signer events (type 4).</summary>
    public bool OutOfOrderDeliveries { get; set; }

    /// <summary>Signs callbacks with a wrong key, as a forger without the secret would.</summary>
    public bool ForgeSignature { get; set; }

    /// <summary>Drops every callback, as a lost delivery would.</summary>
    public bool DropDeliveries { get; set; }

    /// <summary>
    /// Fails the next <paramref name="count"/> API requests whose path contains <paramref name="pathPart"/>
    /// (such as "/upload", or every request when null) with <paramref name="statusCode"/>, such as 500 or 429.
    /// </summary>
    public void FailNext(int count, int statusCode = 500, string? pathPart = null)
    {
        lock (gate)
        {
            failuresLeft = count;
            failureStatus = statusCode;
            failurePath = pathPart;
        }
    }

    /// <summary>
    /// Holds the next <paramref name="count"/> API requests whose path contains <paramref name="pathPart"/>
    /// (every request when null) until the client gives up, as a timeout. The held request changes nothing.
    /// </summary>
    public void HangNext(int count, string? pathPart = null)
    {
        lock (gate)
        {
            hangsLeft = count;
            hangPath = pathPart;
        }
    }

    /// <summary>Switches every fault off.</summary>
    public void Reset()
    {
        lock (gate)
        {
            failuresLeft = 0;
            hangsLeft = 0;
            failurePath = null;
            hangPath = null;
        }

        Latency = TimeSpan.Zero;
        DuplicateDeliveries = false;
        OutOfOrderDeliveries = false;
        ForgeSignature = false;
        DropDeliveries = false;
    }

    /// <summary>Returns the status to fail this request with, or null, and counts the failure.</summary>
    internal int? TakeFailure(string path)
    {
        lock (gate)
        {
            if (failuresLeft <= 0 || !Matches(path, failurePath))
            {
                return null;
            }

            failuresLeft--;
            return failureStatus;
        }
    }

    internal bool TakeHang(string path)
    {
        lock (gate)
        {
            if (hangsLeft <= 0 || !Matches(path, hangPath))
            {
                return false;
            }

            hangsLeft--;
            return true;
        }
    }

    private static bool Matches(string path, string? pathPart) =>
        pathPart is null || path.Contains(pathPart, StringComparison.Ordinal);
}
