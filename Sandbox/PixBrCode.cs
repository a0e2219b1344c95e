using System.Globalization;
using System.Text;

namespace Conexa.Sandbox;

/// <summary>
/// Builds and checks Pix BR Codes ("Pix Copia e Cola"): EMV QR payloads for a dynamic Pix charge.
/// </summary>
/// <remarks>
/// Each field is a 2-digit ID, a 2-digit decimal length and the value. The payload ends with ID 63, whose value is
/// the CRC16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF) of everything before it, "6304" included, as 4
/// uppercase hex digits.
/// </remarks>
public static class PixBrCode
{
    private const string PixGui = "br.gov.bcb.pix";
    private const int MaxMerchantNameLength = 25;
    private const int MaxMerchantCityLength = 15;
    private const string CrcFieldPrefix = "6304";

    /// <summary>
    /// Builds the BR Code of a dynamic Pix charge whose payload is served at <paramref name="location"/>.
    /// </summary>
    /// <param name="location">Payload URL without the scheme, such as "pix.example.com/qr/v2/abc".</param>
    /// <param name="amount">Amount in reais, written with 2 decimals and a dot.</param>
    /// <param name="merchantName">Merchant name. Accents are removed and the name is cut to 25 ASCII characters.</param>
    /// <param name="merchantCity">Merchant city. Accents are removed and the city is cut to 15 ASCII characters.</param>
    /// <exception cref="ArgumentException">The location is empty or too long for the merchant account field.</exception>
    public static string Build(string location, decimal amount, string merchantName, string merchantCity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);

        var payload = new StringBuilder();
        AppendField(payload, "00", "01");
        AppendField(payload, "01", "12");
        AppendField(payload, "26", Field("00", PixGui) + Field("25", location));
        AppendField(payload, "52", "0000");
        AppendField(payload, "53", "986");
        AppendField(payload, "54", amount.ToString("0.00", CultureInfo.InvariantCulture));
        AppendField(payload, "58", "BR");
        AppendField(payload, "59", ToAscii(merchantName, MaxMerchantNameLength));
        AppendField(payload, "60", ToAscii(merchantCity, MaxMerchantCityLength));
        AppendField(payload, "62", Field("05", "***"));
        payload.Append(CrcFieldPrefix);
        payload.Append(ComputeCrc16(payload.ToString()).ToString("X4", CultureInfo.InvariantCulture));
        return payload.ToString();
    }

    /// <summary>
    /// Computes the CRC16/CCITT-FALSE of the ASCII bytes of <paramref name="text"/>.
    /// </summary>
    public static ushort ComputeCrc16(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ushort crc = 0xFFFF;
        foreach (var character in text)
        {
            crc ^= (ushort)((byte)character << 8);
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }

        return crc;
    }

    /// <summary>
    /// Returns whether <paramref name="brCode"/> ends with "6304" and a CRC that matches the text before it.
    /// </summary>
    public static bool HasValidCrc(string brCode)
    {
        ArgumentNullException.ThrowIfNull(brCode);
        var crcStart = brCode.Length - 4;
        if (crcStart < CrcFieldPrefix.Length
            || string.CompareOrdinal(brCode, crcStart - CrcFieldPrefix.Length, CrcFieldPrefix, 0, 4) != 0)
        {
            return false;
        }

        var expected = ComputeCrc16(brCode[..crcStart]).ToString("X4", CultureInfo.InvariantCulture);
        return string.Equals(expected, brCode[crcStart..], StringComparison.Ordinal);
    }

    private static void AppendField(StringBuilder payload, string id, string value) =>
        payload.Append(Field(id, value));

    private static string Field(string id, string value)
    {
        if (value.Length > 99)
        {
            throw new ArgumentException(
                $"BR Code field {id} is {value.Length} characters long, but the maximum is 99.", nameof(value));
        }

        return id + value.Length.ToString("00", CultureInfo.InvariantCulture) + value;
    }

    private static string ToAscii(string text, int maxLength)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (character is >= ' ' and <= '~')
            {
                ascii.Append(character);
            }
        }

        var result = ascii.ToString().Trim();
        if (result.Length == 0)
        {
            throw new ArgumentException($"\"{text}\" has no printable ASCII character for a BR Code field.", nameof(text));
        }

        return result.Length <= maxLength ? result : result[..maxLength].TrimEnd();
    }
}
