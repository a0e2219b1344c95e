using Conexa.Domain.Common;

namespace Conexa.Domain.Emails;

/// <summary>An e-mail the system sends, kept with its status as the tenant's e-mail history.</summary>
public sealed class EmailMessage : Entity
{
    private EmailMessage(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public EmailKind Kind { get; private set; }

    /// <summary>The record the e-mail is about, such as the contract; with the kind it identifies the e-mail.</summary>
    public Guid RelatedId { get; private set; }

    public string To { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public EmailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static EmailMessage Queue(Guid tenantId, EmailKind kind, Guid relatedId, string to, string subject, string body, DateTimeOffset now) =>
        new(TimeOrderedId.New())
        {
            TenantId = tenantId,
            Kind = kind,
            RelatedId = relatedId,
            To = to,
            Subject = subject,
            Body = body,
            Status = EmailStatus.Queued,
            CreatedAt = now,
        };

    /// <summary>Removes the recipient and content of an e-mail about a person whose data was erased.</summary>
    public void Redact()
    {
        To = "anonimizado";
        Subject = "[removido a pedido do titular]";
        Body = "[removido a pedido do titular]";
    }

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        Status = EmailStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    /// <summary>Marks the e-mail as kept in the history without delivery, because no mail server is configured.</summary>
    public void MarkRecorded()
    {
        Attempts++;
        Status = EmailStatus.Recorded;
        LastError = null;
    }

    public void MarkFailed(string error)
    {
        Attempts++;
        Status = EmailStatus.Failed;
        LastError = error.Length > 500 ? error[..500] : error;
    }
}
