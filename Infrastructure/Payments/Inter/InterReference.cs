using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Conexa.Infrastructure.Payments.Inter;

/// <summary>
/// Derives Inter's seuNumero from our charge reference, which has 32 or more characters. Third-party
/// validators limit seuNumero to 15 characters, so it is the first 15 base-36 digits of the reference's
/// SHA-256 (about 77 bits). The same reference always gives the same seuNumero, which lets a retry find
/// the boleto an earlier attempt created.
/// </summary>
internal static class InterReference
{
    public const int Length = 15;
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static string ToSeuNumero(string reference)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(reference));
        var value = new BigInteger(hash, isUnsigned: true, isBigEndian: true);
        var text = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            text.Append(Digits[(int)(value % 36)]);
            value /= 36;
        }

        return text.ToString();
    }
}
