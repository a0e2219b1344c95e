using System.Text.Json;
using Conexa.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.GetEmails;

public sealed class GetEmailsQueryHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetEmailsQuery, IReadOnlyList<EmailDto>>
{
    public async ValueTask<IReadOnlyList<EmailDto>> Handle(GetEmailsQuery query, CancellationToken cancellationToken)
    {
        // NOTE: sorted in memory because SQLite cannot order by DateTimeOffset; page in SQL when histories grow large.
        var messages = await db.EmailMessages.AsNoTracking().Where(m => m.TenantId == user.TenantId).ToListAsync(cancellationToken);

        return messages
            .OrderByDescending(m => m.CreatedAt)
            .Take(query.Limit)
            .Select(m => new EmailDto(
                m.Id,
                JsonNamingPolicy.CamelCase.ConvertName(m.Kind.ToString()),
                m.To,
                m.Subject,
                JsonNamingPolicy.CamelCase.ConvertName(m.Status.ToString()),
                m.Attempts,
                m.LastError,
                m.CreatedAt,
                m.SentAt,
                m.Body))
            .ToList();
    }
}
