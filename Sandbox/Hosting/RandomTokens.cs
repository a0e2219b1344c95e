using System.Security.Cryptography;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Random strings for tokens and ids.
/// </summary>
internal static class RandomTokens
{
    private const string AlphanumericCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Returns a URL-safe random string of <paramref name="length"/> letters and digits.</summary>
    public static string Alphanumeric(int length) => RandomNumberGenerator.GetString(AlphanumericCharacters, length);
}
