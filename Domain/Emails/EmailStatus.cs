namespace Conexa.Domain.Emails;

public enum EmailStatus
{
    Queued,
    Sent,
    Failed,
}
