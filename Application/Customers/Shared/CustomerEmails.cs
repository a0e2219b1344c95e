using System.Diagnostics.CodeAnalysis;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Emails;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Customers.Shared;

/// <summary>Finds the e-mails about a customer, for the LGPD export and the anonymisation.</summary>
internal static class CustomerEmails
{
    /// <summary>
    /// Returns the tenant's e-mails related to one of the customer's contracts or charges (a new charge, an overdue
    /// one, a payment), or sent to one of <paramref name="addresses"/>. A signature request and a client-area
    /// invitation are related only to their send, so the address finds those.
    /// </summary>
    [SuppressMessage("Globalization", "CA1304", Justification = "EF Core translates ToLower to SQL lower(); it never runs in .NET.")]
    [SuppressMessage("Globalization", "CA1311", Justification = "EF Core translates ToLower to SQL lower(); it never runs in .NET.")]
    public static async Task<List<EmailMessage>> QueryAsync(
        IAppDbContext db,
        Guid tenantId,
        IReadOnlyCollection<Guid> contractIds,
        IReadOnlyCollection<string> addresses,
        bool tracked,
        CancellationToken cancellationToken)
    {
        var chargeIds = await db.Charges.Where(c => contractIds.Contains(c.ContractId)).Select(c => c.Id).ToListAsync(cancellationToken);
        var relatedIds = contractIds.Concat(chargeIds).ToList();
        var lowered = addresses.Select(a => a.ToLowerInvariant()).Distinct().ToList();
        var emails = tracked ? db.EmailMessages : db.EmailMessages.AsNoTracking();
        return await emails
            .Where(m => m.TenantId == tenantId && (relatedIds.Contains(m.RelatedId) || lowered.Contains(m.To.ToLower())))
            .ToListAsync(cancellationToken);
    }
}
