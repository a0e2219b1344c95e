using System.Text.Json.Nodes;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Builds the "data" objects of Charges API responses. Callers hold the store lock while these run.
/// </summary>
internal static class ChargeJson
{
    /// <summary>Builds the data of a one-step response.</summary>
    public static JsonObject OneStep(ChargeRecord charge)
    {
        var data = new JsonObject
        {
            ["charge_id"] = charge.Id,
            ["status"] = charge.Status,
            ["total"] = charge.Request.Total,
            ["payment"] = charge.Request.Payment,
            ["custom_id"] = charge.Request.CustomId,
        };
        AddPaymentDetails(data, charge);
        return data;
    }

    /// <summary>Builds the data of GET /v1/charge/{id}.</summary>
    /// <remarks>
    /// NOTE: payment is the method name here, as in the one-step response. EFI's detail response may use an
    /// object for payment instead, and its exact shape is unconfirmed.
    /// </remarks>
    public static JsonObject Detail(ChargeRecord charge)
    {
        var data = OneStep(charge);
        data["created_at"] = charge.CreatedAt;
        data["notification_url"] = charge.Request.NotificationUrl?.ToString();
        data["items"] = new JsonArray([.. charge.Request.Items.Select(Item)]);
        data["customer"] = charge.Request.Customer.DeepClone();
        return data;
    }

    /// <summary>Builds the data of GET /v1/notification/{token}: every event of the charge, oldest first.</summary>
    public static JsonArray Notifications(ChargeRecord charge) =>
        new([.. charge.Events.Select(change => NotificationEvent(charge, change))]);

    private static void AddPaymentDetails(JsonObject data, ChargeRecord charge)
    {
        if (charge.Request.Payment == PaymentMethod.CreditCard)
        {
            data["installments"] = charge.Request.Installments;
            data["installment_value"] = charge.InstallmentValue;
        }

        if (charge.Refusal is { } refusal)
        {
            data["refusal"] = new JsonObject { ["reason"] = refusal.Reason, ["retry"] = refusal.Retry };
        }

        if (charge.Billet is { } billet)
        {
            AddBillet(data, billet);
        }
    }

    private static void AddBillet(JsonObject data, BilletDetails billet)
    {
        data["barcode"] = billet.Barcode;
        data["link"] = billet.Link;
        data["billet_link"] = billet.Link;
        data["pdf"] = new JsonObject { ["charge"] = billet.Link };
        data["expire_at"] = billet.ExpireAt;
        data["pix"] = new JsonObject { ["qrcode"] = billet.PixQrcode, ["qrcode_image"] = billet.PixQrcodeImage };
    }

    private static JsonObject Item(ChargeItem item) =>
        new() { ["name"] = item.Name, ["value"] = item.Value, ["amount"] = item.Amount };

    private static JsonObject NotificationEvent(ChargeRecord charge, ChargeEvent change)
    {
        var entry = new JsonObject
        {
            ["id"] = change.Id,
            ["type"] = "charge",
            ["custom_id"] = charge.Request.CustomId,
            ["status"] = new JsonObject { ["current"] = change.Current, ["previous"] = change.Previous },
            ["identifiers"] = new JsonObject { ["charge_id"] = charge.Id },
            ["created_at"] = change.CreatedAt,
        };
        if (change.Value is { } value)
        {
            entry["value"] = value;
            entry["received_by_bank_at"] = change.ReceivedByBankAt;
        }

        return entry;
    }
}
