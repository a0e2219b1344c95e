using Conexa.Application.Common.Payments;
using Conexa.Domain.Plans;

namespace Conexa.Application.Payments;

/// <summary>Reads back from EFI whether one of our charges was paid there.</summary>
public sealed class EfiPaymentReader(IEfiNotificationSource efi, TimeProvider clock)
{
    /// <summary>
    /// Returns the time EFI reports the charge paid, or null while it is unpaid. <paramref name="tenantId"/> picks the
    /// tenant's own EFI account, or the host's when null.
    /// </summary>
    public async Task<DateTimeOffset?> PaidAtAsync(Guid? tenantId, PaymentMethod method, string providerChargeId, CancellationToken cancellationToken)
    {
        if (method == PaymentMethod.Pix)
        {
            var cob = await efi.GetPixChargeAsync(tenantId, providerChargeId, cancellationToken);
            return cob.IsPaid ? cob.PaidAt ?? clock.GetUtcNow() : null;
        }

        // EFI Charges reports no payment time on the charge, so the time of the read is recorded instead.
        var charge = await efi.GetChargeAsync(tenantId, providerChargeId, cancellationToken);
        return charge.IsPaid ? clock.GetUtcNow() : null;
    }
}
