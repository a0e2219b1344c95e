using System.Security.Cryptography;
using System.Text;
using Conexa.Application.Common.Exceptions;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Sales;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Checkouts.GetPixQrCode;

/// <summary>
/// Draws the QR code of a charge that can still be paid by Pix. A charge without a Pix code, or one neither
/// awaiting payment nor overdue, is reported as not found. The entity tag is a hash of the code, so a browser
/// that shows the same code again gets 304 and nothing is drawn.
/// </summary>
public sealed class GetPixQrCodeQueryHandler(IAppDbContext db, IQrCodeRenderer renderer) : IQueryHandler<GetPixQrCodeQuery, PixQrCodeImage>
{
    public async ValueTask<PixQrCodeImage> Handle(GetPixQrCodeQuery query, CancellationToken cancellationToken)
    {
        var code = await db.Charges.AsNoTracking()
            .Where(c => c.Id == query.ChargeId
                && c.PixCopyPaste != null
                && c.PixCopyPaste != string.Empty
                && Charge.PayableStatuses.Contains(c.Status))
            .Select(c => c.PixCopyPaste)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Pix QR code", query.ChargeId.ToString());

        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)))[..32]}\"";
        return query.KnownETag == etag
            ? new PixQrCodeImage(etag, null)
            : new PixQrCodeImage(etag, renderer.Png(code));
    }
}
