using Conexa.Application.Common.Interfaces;

namespace Conexa.Infrastructure.Email;

/// <summary>
/// Delivers nothing: without an SMTP server (Development and tests) the e-mail history, readable at
/// GET /api/emails, is where sent messages are viewed.
/// </summary>
internal sealed class HistoryOnlyEmailSender : IEmailSender
{
    public bool Delivers => false;

    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken) => Task.CompletedTask;
}
