using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Builds the JSON of cobs and Pix payments. Callers hold the store lock while these run.
/// </summary>
internal static class CobJson
{
    public static JsonObject Cob(CobRecord cob)
    {
        var json = new JsonObject
        {
            ["calendario"] = new JsonObject
            {
                ["criacao"] = SandboxClock.FormatPixTime(cob.CreatedAt),
                ["expiracao"] = cob.Request.Expiracao,
            },
            ["txid"] = cob.Txid,
            ["revisao"] = cob.Revisao,
            ["loc"] = new JsonObject { ["id"] = cob.LocId, ["location"] = cob.Location, ["tipoCob"] = "cob" },
            ["location"] = cob.Location,
            ["status"] = cob.Status,
        };
        AddOptional(json, "devedor", cob.Request.Devedor);
        json["valor"] = new JsonObject { ["original"] = cob.Request.ValorOriginal };
        json["chave"] = cob.Request.Chave;
        AddOptional(json, "solicitacaoPagador", cob.Request.SolicitacaoPagador);
        AddOptional(json, "infoAdicionais", cob.Request.InfoAdicionais);
        json["pixCopiaECola"] = cob.PixCopiaECola;
        if (cob.Payment is { } payment)
        {
            json["pix"] = new JsonArray(Pix(payment, chave: null));
        }

        return json;
    }

    /// <summary>Builds one item of a pix array. The webhook body includes the key, and GET /v2/cob omits it.</summary>
    public static JsonObject Pix(PixPayment payment, string? chave)
    {
        var json = new JsonObject { ["endToEndId"] = payment.EndToEndId, ["txid"] = payment.Txid };
        AddOptional(json, "chave", chave);
        json["valor"] = payment.Valor;
        json["horario"] = SandboxClock.FormatPixTime(payment.Horario);
        json["infoPagador"] = payment.InfoPagador;
        return json;
    }

    private static void AddOptional(JsonObject json, string name, JsonNode? value)
    {
        if (value is not null)
        {
            json[name] = value.DeepClone();
        }
    }

    private static void AddOptional(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
