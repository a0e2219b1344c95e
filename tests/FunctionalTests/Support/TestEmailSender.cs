using System.Collections.Concurrent;
using Conexa.Application.Common.Interfaces;

namespace Conexa.FunctionalTests.Support;

/// <summary>Records sent e-mails; an address that contains "bounce" fails, as an unreachable mailbox would.</summary>
public sealed class TestEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<(string To, string Subject, string HtmlBody)> _sent = new();

    /// <summary>Gets or sets whether e-mails leave the system. False acts as a server without SMTP configured.</summary>
    public bool Delivers { get; set; } = true;

    public int SentTo(string to) => _sent.Count(m => m.To == to);

    /// <summary>Returns the body of the last e-mail sent to <paramref name="to"/>, or null when none was sent.</summary>
    public string? LastBodyTo(string to) => _sent.LastOrDefault(m => m.To == to).HtmlBody;

    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken)
    {
        if (to.Contains("bounce", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Mailbox unavailable: {to}");
        }

        _sent.Enqueue((to, subject, htmlBody));
        return Task.CompletedTask;
    }
}
