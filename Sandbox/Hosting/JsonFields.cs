using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Typed reads of JSON request fields that return null when the field is missing or has another JSON type.
/// </summary>
internal static class JsonFields
{
    public static bool Has(JsonObject parent, string name) => parent[name] is not null;

    public static string? String(JsonObject parent, string name) =>
        parent[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    /// <summary>Returns the field as a whole number, or null if it is missing, fractional or not a number.</summary>
    public static long? Integer(JsonObject parent, string name) =>
        parent[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && value.TryGetValue<long>(out var number)
            ? number
            : null;

    public static JsonObject? Object(JsonObject parent, string name) => parent[name] as JsonObject;

    public static JsonArray? Array(JsonObject parent, string name) => parent[name] as JsonArray;

    /// <summary>Parses the request body as a JSON object, or returns null if it is empty or not a JSON object.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
