using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Conexa.Api.Hosting;

/// <summary>Adds a request and a response example to the main operations, keyed by their operationId.</summary>
internal sealed class OpenApiExamples : IOperationFilter
{
    private const string PixCheckoutResult = """
        {
          "checkoutId": "5f0c8a52-2f1e-4c59-9a43-6c1d2b7e9a10",
          "contractId": "c2a7e5d4-1b3f-4e8a-9c6d-0f1e2d3c4b5a",
          "status": "awaitingPayment",
          "clientAreaEnabled": false,
          "payment": {
            "method": "pix", "provider": "efi", "status": "awaitingPayment", "amount": 450.00, "dueDate": "2027-02-07",
            "pixCopyPaste": "00020101021226...6304BB1C", "pixQrCodeImage": "data:image/png;base64,iVBORw0KGgo...",
            "boletoDigitableLine": null, "boletoBarcode": null, "boletoPdfUrl": null, "declineReason": null
          },
          "signatureStatus": "notRequested"
        }
        """;

    private static readonly Dictionary<string, (string? Request, string? Response)> Examples = new(StringComparer.Ordinal)
    {
        ["SubmitCheckout"] = ("""
            {
              "customer": {
                "kind": "person", "name": "Maria Souza", "document": "529.982.247-25", "email": "maria@example.com",
                "phone": "+55 11 91234-5678",
                "address": { "street": "Rua A", "number": "10", "complement": "", "district": "Centro",
                             "city": "São Paulo", "state": "SP", "postalCode": "01001-000" }
              },
              "linkedPerson": null,
              "payment": { "method": "pix", "provider": "efi" },
              "attachmentIds": [],
              "acceptedTerms": true
            }
            """, PixCheckoutResult),
        ["GetCheckout"] = (null, PixCheckoutResult),
        ["GetPlanOffer"] = (null, """
            {
              "name": "Estação fixa", "description": "Mesa dedicada com armário.", "tenantName": "Demo Coworking",
              "monthlyPrice": 350.00, "adhesionFee": 100.00, "firstPaymentAmount": 450.00, "activationPolicy": "afterFirstPayment",
              "quotas": [ { "resource": "Sala de reunião", "amount": 10.00, "unit": "horas" } ],
              "paymentOptions": [ { "method": "pix", "provider": "efi" }, { "method": "card", "provider": "efi" } ],
              "form": {
                "password": { "enabled": true, "required": false }, "address": { "enabled": true, "required": false },
                "phone": { "enabled": true, "required": true }, "companyData": { "enabled": true, "required": false },
                "attachments": { "enabled": false, "required": false }
              },
              "cardTokenizer": "sandbox", "sandbox": true
            }
            """),
        ["RetryCheckoutPayment"] = ("""{ "method": "card", "cardToken": "sandbox-approved" }""", null),
        ["Login"] = ("""{ "email": "admin@demo.local", "password": "Demo#2026!" }""", null),
        ["ReceiveEfiPix"] = ("""{ "pix": [ { "endToEndId": "E00000000202702071500abcdefghijk", "txid": "5f0c8a522f1e4c599a436c1d2b7e9a10", "valor": "450.00" } ] }""", null),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is null || !Examples.TryGetValue(operation.OperationId, out var example))
        {
            return;
        }

        if (example.Request is not null && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var mediaType in requestContent.Values.OfType<OpenApiMediaType>())
            {
                mediaType.Example = JsonNode.Parse(example.Request);
            }
        }

        if (example.Response is null || operation.Responses is null)
        {
            return;
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') && response.Content is { } responseContent)
            {
                foreach (var mediaType in responseContent.Values.OfType<OpenApiMediaType>())
                {
                    mediaType.Example = JsonNode.Parse(example.Response);
                }
            }
        }
    }
}
