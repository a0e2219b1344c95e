using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Validates the items array of a one-step charge. Each item needs a name, an integer value in cents above zero
/// and, optionally, an integer amount (quantity) of at least 1, which defaults to 1.
/// </summary>
internal static class OneStepItemsParser
{
    public static (IReadOnlyList<ChargeItem>? Items, IResult? Error) Parse(JsonObject body)
    {
        if (JsonFields.Array(body, "items") is not { } array)
        {
            return (null, JsonFields.Has(body, "items")
                ? ChargesErrors.Validation("/items", "items deve ser uma lista.")
                : ChargesErrors.Required("/items"));
        }

        if (array.Count == 0)
        {
            return (null, ChargesErrors.Validation("/items", "items deve conter pelo menos um item."));
        }

        var items = new List<ChargeItem>(array.Count);
        for (var index = 0; index < array.Count; index++)
        {
            var (item, error) = ParseItem(array[index], $"/items/{index}");
            if (error is not null)
            {
                return (null, error);
            }

            items.Add(item!);
        }

        return (items, null);
    }

    private static (ChargeItem? Item, IResult? Error) ParseItem(JsonNode? node, string path)
    {
        if (node is not JsonObject item)
        {
            return (null, ChargesErrors.Validation(path, "Cada item deve ser um objeto."));
        }

        var name = JsonFields.String(item, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, JsonFields.Has(item, "name")
                ? ChargesErrors.Validation(path + "/name", "name deve ser um texto não vazio.")
                : ChargesErrors.Required(path + "/name"));
        }

        var value = JsonFields.Integer(item, "value");
        if (value is null or <= 0)
        {
            return (null, JsonFields.Has(item, "value")
                ? ChargesErrors.Validation(path + "/value", "value deve ser um número inteiro de centavos maior que zero.")
                : ChargesErrors.Required(path + "/value"));
        }

        var amount = JsonFields.Has(item, "amount") ? JsonFields.Integer(item, "amount") : 1;
        return amount is null or < 1
            ? (null, ChargesErrors.Validation(path + "/amount", "amount deve ser um número inteiro maior ou igual a 1."))
            : (new ChargeItem(name, value.Value, amount.Value), null);
    }
}
