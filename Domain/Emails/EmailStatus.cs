namespace Conexa.Domain.Emails;

public enum EmailStatus
{
    Queued,
    Sent,
    Failed,

    /// <summary>An e-mail kept in the history only, because no SMTP server is configured.</summary>
    Recorded,
}
