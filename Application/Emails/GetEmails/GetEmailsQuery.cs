using Mediator;

namespace Conexa.Application.Emails.GetEmails;

/// <summary>
/// The tenant's e-mail history, newest first: the <paramref name="Limit"/> most recent messages, or only those whose
/// recipient or subject contains <paramref name="Search"/> in any letter case.
/// </summary>
public sealed record GetEmailsQuery(int Limit = 100, string? Search = null) : IQuery<IReadOnlyList<EmailDto>>;

public sealed record EmailDto(Guid Id, string Kind, string To, string Subject, string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string Body);
