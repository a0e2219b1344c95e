using System.Collections.Concurrent;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Method and path of every request the sandbox has received, for idempotency checks in tests.
/// </summary>
internal sealed class RequestCounter
{
    private readonly ConcurrentQueue<(string Method, string Path)> requests = new();

    public void Record(string method, string path) => requests.Enqueue((method, path));

    /// <summary>
    /// Counts requests whose method matches (ignoring case) and whose path starts with the prefix (case-sensitive).
    /// </summary>
    public int Count(string method, string pathPrefix) =>
        requests.Count(request =>
            string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase)
            && request.Path.StartsWith(pathPrefix, StringComparison.Ordinal));
}
