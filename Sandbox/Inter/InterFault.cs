namespace Conexa.Sandbox.Inter;

internal enum InterFaultKind
{
    Status,
    Hang,
}

internal sealed record InterFault(
    InterFaultKind Kind, int Count, int StatusCode, TimeSpan RetryAfter, string? Method, string? PathPrefix, bool AfterHandling)
{
    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.Ordinal));
}
