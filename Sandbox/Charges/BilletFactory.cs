using System.Globalization;
using Conexa.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Makes the boleto data of a banking_billet charge: a digitable line, links and a Pix QR ("Bolix").
/// </summary>
internal sealed class BilletFactory(SandboxAddress address, IOptions<EfiSandboxOptions> options)
{
    public BilletDetails Create(long chargeId, long total, DateOnly expireAt)
    {
        var location = $"{address.Authority}/qr/v2/bolix{chargeId}";
        var brCode = PixBrCode.Build(
            location, total / 100m, options.Value.MerchantName, options.Value.MerchantCity);
        return new BilletDetails(
            BoletoNumbers.Create(BoletoNumbers.EfiBank, chargeId.ToString(CultureInfo.InvariantCulture), total / 100m, expireAt).DigitableLine,
            address.Absolute($"sandbox#charge-{chargeId}"),
            expireAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            brCode,
            QrCodeImage.ToPngDataUri(brCode));
    }
}
