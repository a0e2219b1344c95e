using System.Net;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Customers;
using Conexa.Domain.Emails;
using Microsoft.Extensions.Logging;

namespace Conexa.Application.ClientArea;

/// <summary>
/// E-mails a customer the one-day link that sets the client-area password, for an admin's invitation or the customer's
/// own reset request. The e-mail is sent at once rather than through the outbox, and the history keeps the message
/// without the link, because the link's token would let anyone who reads the history set the password. A failed send
/// is recorded as failed, and a new request makes a new token.
/// </summary>
public sealed partial class ClientAreaPasswordLinks(
    IAppDbContext db,
    IClientAreaAccounts accounts,
    IEmailSender sender,
    IPublicLinks links,
    TimeProvider clock,
    ILogger<ClientAreaPasswordLinks> logger)
{
    /// <summary>
    /// Creates the password token (and the login, when the customer has none), adds the e-mail to the history and
    /// sends it. Returns the history's message, or null when the customer's e-mail is another user's login. The caller
    /// saves the changes.
    /// </summary>
    public async Task<EmailMessage?> SendAsync(Customer customer, EmailKind kind, string subject, string introHtml, CancellationToken cancellationToken)
    {
        var token = await accounts.CreatePasswordTokenAsync(customer.TenantId, customer.Id, customer.Name, customer.Email, cancellationToken);
        if (token is null)
        {
            return null;
        }

        // The token goes in the fragment, which browsers never send, so it stays out of server and proxy logs.
        var link = links.SiteUrl($"client/definir-senha#email={Uri.EscapeDataString(customer.Email)}&token={Uri.EscapeDataString(token)}");
        var message = EmailMessage.Queue(
            customer.TenantId,
            kind,
            Guid.NewGuid(),
            customer.Email,
            subject,
            introHtml + "<p>O link para definir a senha foi enviado só ao cliente e vale por um dia.</p>",
            clock.GetUtcNow());
        db.EmailMessages.Add(message);
        if (!sender.Delivers)
        {
            message.MarkRecorded();
            return message;
        }

        try
        {
            await sender.SendAsync(customer.Email, subject, introHtml + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Defina sua senha</a>. O link vale por um dia.</p>", cancellationToken);
            message.MarkSent(clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSendFailed(exception, message.Id, customer.Id);
            message.MarkFailed(exception.Message);
        }

        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client-area password e-mail {EmailId} to customer {CustomerId} failed")]
    private partial void LogSendFailed(Exception exception, Guid emailId, Guid customerId);
}
