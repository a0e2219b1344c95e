using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.D4Sign;

/// <summary>Reads a request body sent as JSON or as a form, as D4Sign's clients send either.</summary>
internal static class D4SignRequestFields
{
    /// <summary>Returns the body's top-level string and number fields; null when the body is neither valid JSON nor a form.</summary>
    public static async Task<Dictionary<string, string>?> ReadAsync(HttpRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }

            return fields;
        }

        using var document = await ReadJsonAsync(request);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return fields;
    }

    public static async Task<JsonDocument?> ReadJsonAsync(HttpRequest request)
    {
        try
        {
            return await JsonDocument.ParseAsync(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
