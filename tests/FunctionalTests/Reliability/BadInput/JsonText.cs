using System.Text;
using System.Text.Json.Nodes;

namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>Serialises a body for the corpus, writing raw escapes that .NET strings cannot carry.</summary>
public static class JsonText
{
    public static byte[] Utf8(JsonNode? body) =>
        Encoding.UTF8.GetBytes(Text(body));

    public static string Text(JsonNode? body) =>
        (body?.ToJsonString() ?? "null").Replace(MutationValues.LoneSurrogateMarker, "\\ud800", StringComparison.Ordinal);
}
