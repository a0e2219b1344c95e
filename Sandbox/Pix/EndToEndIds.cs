using System.Globalization;
using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Makes Pix endToEndIds: "E", the payer institution's 8-digit ISPB, the UTC time as yyyyMMddHHmm and 11 random
/// letters and digits, 32 characters in all.
/// </summary>
internal static class EndToEndIds
{
    // Every sandbox payment names ISPB 00000000 as the payer institution.
    private const string PayerIspb = "00000000";

    public static string Create(DateTimeOffset paidAt) =>
        "E" + PayerIspb
        + paidAt.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)
        + RandomTokens.Alphanumeric(11);
}
