using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Conexa.FunctionalTests.Support;

/// <summary>
/// A logger provider that keeps every formatted log line and exception of the test run, so the run can
/// prove that no full CPF/CNPJ, card token, password, provider secret or certificate reached the logs.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    /// <summary>Values the tests send that must never appear in a log line.</summary>
    private static readonly string[] Forbidden =
    [
        "52998224725", "529.982.247-25", "12ABC34501DE35", "12.ABC.345/01DE-35",
        "sandbox-approved", "sandbox-declined", "senha2026segura", "Teste#2026!", "sandbox-client-secret",
        "sandbox-d4sign-token", "sandbox-d4sign-crypt-key", "sandbox-d4sign-hmac-secret",
        "inter-sandbox-client-secret",
        TenantAccounts.EfiSecret, TenantAccounts.WrongEfiSecret, TenantAccounts.HmacSecret,
    ];

    private readonly ConcurrentQueue<string> _lines = new();

    public int Count => _lines.Count;

    /// <summary>The formatted lines captured so far.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Tells whether any captured line contains <paramref name="text"/>.</summary>
    public bool Contains(string text) => _lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    /// <summary>Fails when a captured line contains one of the forbidden values, or one of <paramref name="runSecrets"/> made for this run.</summary>
    public void AssertNothingSecret(IReadOnlyCollection<string> runSecrets)
    {
        var forbidden = Forbidden.Concat(runSecrets).ToList();
        var leaks = _lines
            .SelectMany(line => forbidden.Where(value => line.Contains(value, StringComparison.OrdinalIgnoreCase)).Select(value => (value, line)))
            .Take(5)
            .Select(leak => $"'{leak.value}' in: {leak.line[..Math.Min(300, leak.line.Length)]}")
            .ToList();

        Assert.That(_lines, Is.Not.Empty, "the provider captured the run's logs");
        Assert.That(leaks, Is.Empty, "log lines must not contain personal data or secrets");
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
