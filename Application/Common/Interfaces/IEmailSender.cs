namespace Conexa.Application.Common.Interfaces;

/// <summary>Delivers one e-mail; throws when the mail server cannot take it.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken);
}
