using System.Globalization;
using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Checks the optional billing_address of a card payment: street, number, neighborhood, zipcode (8 digits), city
/// and state (2 letters) are required when the address is sent.
/// </summary>
internal static class BillingAddressValidator
{
    private static readonly string[] RequiredFields = ["street", "number", "neighborhood", "zipcode", "city", "state"];

    public static IResult? Validate(JsonObject card, string cardPath)
    {
        if (!JsonFields.Has(card, "billing_address"))
        {
            return null;
        }

        var path = cardPath + "/billing_address";
        if (JsonFields.Object(card, "billing_address") is not { } address)
        {
            return ChargesErrors.Validation(path, "billing_address deve ser um objeto.");
        }

        var missing = RequiredFields.FirstOrDefault(field => string.IsNullOrWhiteSpace(ReadText(address, field)));
        if (missing is not null)
        {
            return ChargesErrors.Required($"{path}/{missing}");
        }

        var zipcode = ReadText(address, "zipcode")!;
        if (zipcode.Length != 8 || !zipcode.All(char.IsAsciiDigit))
        {
            return ChargesErrors.Validation(path + "/zipcode", "zipcode deve ter 8 dígitos, sem máscara.");
        }

        var state = ReadText(address, "state")!;
        return state.Length == 2 && state.All(char.IsAsciiLetterUpper)
            ? null
            : ChargesErrors.Validation(path + "/state", "state deve ser a sigla da UF com 2 letras maiúsculas.");
    }

    // A field sent as a JSON number, such as "number": 120, is read as its text.
    private static string? ReadText(JsonObject address, string field) =>
        JsonFields.String(address, field)
        ?? JsonFields.Integer(address, field)?.ToString(CultureInfo.InvariantCulture);
}
