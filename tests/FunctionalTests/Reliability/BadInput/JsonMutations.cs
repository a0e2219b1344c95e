using System.Globalization;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>
/// Generates invalid bodies from a valid one: for each field, the values that its <see cref="FieldKind"/>
/// makes invalid, one mutation per body, so a rejection can only come from that field.
/// </summary>
public static class JsonMutations
{
    public static IEnumerable<(string Name, byte[] Body)> Of(JsonObject template, IEnumerable<FieldSpec> fields)
    {
        foreach (var field in fields)
        {
            foreach (var (name, value) in ValuesFor(field, ReadString(template, field.Path)))
            {
                var body = template.DeepClone().AsObject();
                if (ReferenceEquals(value, Missing))
                {
                    Remove(body, field.Path);
                }
                else
                {
                    Set(body, field.Path, value?.DeepClone());
                }

                yield return ($"{field.Path}: {name}", JsonText.Utf8(body));
            }
        }
    }

    /// <summary>Marks a mutation that removes the field instead of setting it.</summary>
    private static readonly JsonNode Missing = JsonValue.Create("missing")!;

    private static IEnumerable<(string Name, JsonNode? Value)> ValuesFor(FieldSpec field, string? validValue)
    {
        if (field.Required)
        {
            yield return ("null", null);
            yield return ("missing", Missing);
        }

        foreach (var wrongType in WrongTypes(field.Kind))
        {
            yield return wrongType;
        }

        foreach (var invalid in field.InvalidValues ?? [])
        {
            yield return ($"invalid value \"{Shorten(invalid)}\"", JsonValue.Create(invalid));
        }

        if (field.Kind is FieldKind.Boolean or FieldKind.GuidArray or FieldKind.Object)
        {
            yield break;
        }

        yield return ("100 KB string", JsonValue.Create(MutationValues.HugeText));
        if (field.Kind == FieldKind.Opaque)
        {
            yield break;
        }

        var baseValue = validValue ?? "valor";
        foreach (var (name, character) in MutationValues.InvisibleCharacters)
        {
            yield return ($"{name} inside", JsonValue.Create(baseValue.Insert(baseValue.Length / 2, character)));
        }

        if (field.Kind == FieldKind.Text)
        {
            yield break;
        }

        yield return ("emoji inside", JsonValue.Create(baseValue.Insert(baseValue.Length / 2, MutationValues.Emoji)));
        foreach (var (name, injection) in MutationValues.Injections)
        {
            yield return (name, JsonValue.Create(injection));
            yield return ($"{name} appended", JsonValue.Create(baseValue + injection));
        }
    }

    private static IEnumerable<(string Name, JsonNode? Value)> WrongTypes(FieldKind kind)
    {
        if (kind is not FieldKind.Object and not FieldKind.GuidArray)
        {
            yield return ("object", new JsonObject());
            yield return ("array", new JsonArray());
        }

        if (kind != FieldKind.Boolean)
        {
            yield return ("boolean", JsonValue.Create(true));
        }

        yield return ("integer", JsonValue.Create(1));
        yield return ("negative fractional-cent number", JsonValue.Create(-12.345m));

        switch (kind)
        {
            case FieldKind.Boolean:
                yield return ("string \"true\"", JsonValue.Create("true"));
                yield return ("false", JsonValue.Create(false));
                break;
            case FieldKind.GuidArray:
                yield return ("string", JsonValue.Create("x"));
                yield return ("object", new JsonObject());
                yield return ("array of non-GUID strings", new JsonArray("not-a-guid"));
                yield return ("array of numbers", new JsonArray(1, 2));
                yield return ("array with null", new JsonArray((JsonNode?)null));
                yield return ("id of no uploaded attachment", new JsonArray(Guid.NewGuid().ToString()));
                break;
            case FieldKind.Object:
                yield return ("string", JsonValue.Create("x"));
                yield return ("array", new JsonArray());
                break;
            default:
                break;
        }
    }

    private static string? ReadString(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            node = node is null ? null : Child(node, segment);
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var (parent, name) = Parent(root, path);
        if (parent is JsonArray array)
        {
            array[int.Parse(name, CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[name] = value;
        }
    }

    private static void Remove(JsonObject root, string path)
    {
        var (parent, name) = Parent(root, path);
        if (parent is JsonArray array)
        {
            array.RemoveAt(int.Parse(name, CultureInfo.InvariantCulture));
        }
        else
        {
            parent.AsObject().Remove(name);
        }
    }

    /// <summary>Finds the object or array that contains the field at <paramref name="path"/>. A numeric segment indexes an array.</summary>
    private static (JsonNode Parent, string Name) Parent(JsonObject root, string path)
    {
        var segments = path.Split('.');
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = Child(parent, segment) ?? throw new ArgumentException($"The template has nothing at \"{segment}\" of {path}.", nameof(path));
        }

        return (parent, segments[^1]);
    }

    private static JsonNode? Child(JsonNode node, string segment) =>
        node is JsonArray array ? array[int.Parse(segment, CultureInfo.InvariantCulture)] : node[segment];

    private static string Shorten(string value) => value.Length <= 24 ? value : value[..24] + "…";
}
