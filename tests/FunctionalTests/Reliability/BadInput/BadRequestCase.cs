using System.Net;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>
/// One malformed request of the corpus. <see cref="ExpectedStatus"/> is set where exactly one status is
/// correct (a wrong method is 405). Otherwise any 4xx status passes.
/// </summary>
public sealed record BadRequestCase(string Route, string Name, HttpMethod Method, string Path)
{
    /// <summary>The body as raw bytes, so broken JSON and wrong encodings reach the server unchanged.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The Content-Type header sent with <see cref="Body"/>. Null sends no Content-Type header.</summary>
    public string? ContentType { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public HttpStatusCode? ExpectedStatus { get; init; }

    /// <summary>Whether Kestrel rejects the request before the application runs and responds with an empty body.</summary>
    public bool RejectedByKestrel { get; init; }

    public override string ToString() => $"{Route} | {Name}";
}
