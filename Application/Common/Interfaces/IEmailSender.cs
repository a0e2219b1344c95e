namespace Conexa.Application.Common.Interfaces;

/// <summary>Delivers one e-mail; throws when the mail server cannot take it.</summary>
public interface IEmailSender
{
    /// <summary>Gets whether e-mails leave the system. Without a mail server they are kept in the history only.</summary>
    bool Delivers => true;

    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken);
}
