using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conexa.Api.Hosting;

/// <summary>Writes decimals as JSON numbers with two decimals (350.00), the API's money format; reads any number.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
}
