using System.Security.Cryptography;

namespace Conexa.Domain.Plans;

/// <summary>The unguessable part of a plan's public link: 22 URL-safe characters from 128 random bits.</summary>
public static class LinkToken
{
    public const int MaxLength = 64;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
