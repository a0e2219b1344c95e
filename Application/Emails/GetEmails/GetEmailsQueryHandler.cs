using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Conexa.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Emails.GetEmails;

[SuppressMessage("Globalization", "CA1304", Justification = "EF Core translates ToLower to SQL lower(); it never runs in .NET.")]
[SuppressMessage("Globalization", "CA1311", Justification = "EF Core translates ToLower to SQL lower(); it never runs in .NET.")]
[SuppressMessage("Performance", "CA1862", Justification = "EF Core cannot translate Contains with a StringComparison.")]
public sealed class GetEmailsQueryHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetEmailsQuery, IReadOnlyList<EmailDto>>
{
    public async ValueTask<IReadOnlyList<EmailDto>> Handle(GetEmailsQuery query, CancellationToken cancellationToken)
    {
        // NOTE: sorted in memory because SQLite cannot order by DateTimeOffset; page in SQL when histories grow large.
        var tenantMessages = db.EmailMessages.AsNoTracking().Where(m => m.TenantId == user.TenantId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            tenantMessages = tenantMessages.Where(m => m.To.ToLower().Contains(term) || m.Subject.ToLower().Contains(term));
        }

        var messages = await tenantMessages.ToListAsync(cancellationToken);

        return messages
            .OrderByDescending(m => m.CreatedAt)
            .ThenByDescending(m => m.Id)
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
