using Mediator;

namespace Conexa.Application.Emails.GetEmails;

/// <summary>The tenant's e-mail history, newest first.</summary>
public sealed record GetEmailsQuery(int Limit = 100) : IQuery<IReadOnlyList<EmailDto>>;

public sealed record EmailDto(Guid Id, string Kind, string To, string Subject, string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string Body);
