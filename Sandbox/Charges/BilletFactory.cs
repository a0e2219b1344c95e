using System.Globalization;
using Conexa.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Makes the boleto data of a banking_billet charge: a digitable line, links and a Pix QR ("Bolix").
/// </summary>
internal sealed class BilletFactory(SandboxAddress address, IOptions<EfiSandboxOptions> options)
{
    // EFI's bank code in the Brazilian payment system.
    private const string BankCode = "364";

    public BilletDetails Create(long chargeId, long total, DateOnly expireAt)
    {
        var location = $"{address.Authority}/qr/v2/bolix{chargeId}";
        var brCode = PixBrCode.Build(
            location, total / 100m, options.Value.MerchantName, options.Value.MerchantCity);
        return new BilletDetails(
            DigitableLine(chargeId, total),
            address.Absolute($"sandbox#charge-{chargeId}"),
            expireAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            brCode,
            QrCodeImage.ToPngDataUri(brCode));
    }

    // NOTE: the line has the shape of a boleto's 47-digit digitable line, but its check digits are not computed,
    // so a barcode validator rejects it.
    private static string DigitableLine(long chargeId, long total)
    {
        var digits = BankCode + "9"
            + chargeId.ToString("D12", CultureInfo.InvariantCulture)
            + new string('0', 21)
            + (total % 10_000_000_000).ToString("D10", CultureInfo.InvariantCulture);
        return string.Join(' ',
            $"{digits[..5]}.{digits[5..10]}",
            $"{digits[10..15]}.{digits[15..21]}",
            $"{digits[21..26]}.{digits[26..32]}",
            digits[32..33],
            digits[33..47]);
    }
}
