using System.Globalization;
using System.Text.Json.Nodes;

namespace Conexa.Benchmarks.Seeding;

/// <summary>Distinct, valid customer data for the n-th seeded or submitted customer.</summary>
internal static class SampleCustomers
{
    /// <summary>Returns a valid CPF (11 digits, no mask) whose first nine digits are 100000000 + n.</summary>
    public static string Cpf(int n)
    {
        var digits = (100_000_000 + n).ToString(CultureInfo.InvariantCulture);
        digits += CheckDigit(digits, 10);
        digits += CheckDigit(digits, 11);
        return digits;
    }

    public static string Name(int n) => string.Create(CultureInfo.InvariantCulture, $"Cliente {n:D6} da Silva");

    public static string Email(int n) => string.Create(CultureInfo.InvariantCulture, $"cliente{n:D6}@example.com");

    /// <summary>Builds a Pix checkout body for a person, as the SPA sends it.</summary>
    public static JsonObject PixCheckoutBody(int n) => new()
    {
        ["customer"] = new JsonObject
        {
            ["kind"] = "person",
            ["name"] = Name(n),
            ["document"] = Cpf(n),
            ["email"] = Email(n),
            ["phone"] = "+55 11 91234-5678",
        },
        ["payment"] = new JsonObject { ["method"] = "pix", ["provider"] = "efi" },
        ["attachmentIds"] = new JsonArray(),
        ["acceptedTerms"] = true,
    };

    private static char CheckDigit(string digits, int firstWeight)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * (firstWeight - i);
        }

        var remainder = sum % 11;
        return (char)('0' + (remainder < 2 ? 0 : 11 - remainder));
    }
}
