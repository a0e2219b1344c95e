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
            "pixCopyPaste": "00020101021226...6304BB1C", "pixQrCodeImage": "/api/public/charges/0b7d9e61-3a52-4c8f-b1e4-7a2c5d9f8e13/pix-qrcode.png",
            "boletoDigitableLine": null, "boletoBarcode": null, "boletoPdfUrl": null, "declineReason": null
          },
          "signatureStatus": "notRequested",
          "contractCancelled": false,
          "payUntil": "2027-03-09"
        }
        """;

    private const string PlanRequest = """
        {
          "name": "Sala privativa", "description": "Sala para quatro pessoas com armários.",
          "unitId": "9b1d3c5e-7f2a-4b6c-8d0e-1f2a3b4c5d6e", "monthlyPrice": 1200.00, "adhesionFee": 150.00,
          "activationPolicy": "afterFirstPayment",
          "quotas": [ { "resource": "Sala de reunião", "amount": 8, "unit": "horas" } ],
          "paymentOptions": [ { "method": "pix", "provider": "efi" }, { "method": "card", "provider": "efi" } ],
          "form": {
            "password": { "enabled": true, "required": false }, "address": { "enabled": true, "required": true },
            "phone": { "enabled": true, "required": true }, "companyData": { "enabled": true, "required": false },
            "attachments": { "enabled": false, "required": false }
          },
          "contractTemplate": null
        }
        """;

    private const string PlanResponse = """
        {
          "id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "name": "Sala privativa", "description": "Sala para quatro pessoas com armários.",
          "unitId": "9b1d3c5e-7f2a-4b6c-8d0e-1f2a3b4c5d6e", "monthlyPrice": 1200.00, "adhesionFee": 150.00,
          "activationPolicy": "afterFirstPayment",
          "quotas": [ { "resource": "Sala de reunião", "amount": 8, "unit": "horas" } ],
          "paymentOptions": [ { "method": "pix", "provider": "efi" }, { "method": "card", "provider": "efi" } ],
          "form": {
            "password": { "enabled": true, "required": false }, "address": { "enabled": true, "required": true },
            "phone": { "enabled": true, "required": true }, "companyData": { "enabled": true, "required": false },
            "attachments": { "enabled": false, "required": false }
          },
          "isActive": true, "checkoutPath": "/checkout/q8Vh2xW0bT3nKp6rYs1aZg",
          "checkoutUrl": "https://contratar.example.com/checkout/q8Vh2xW0bT3nKp6rYs1aZg", "warnings": []
        }
        """;

    private const string ContractResponse = """
        {
          "id": "01a24acd-58de-716d-b9f9-ef35d7d1bb40", "customerId": "01a24acd-58a5-7ace-a130-ae646fa3a7b4",
          "customerName": "Maria Souza", "customer": { "kind": "person", "document": "***.982.247-**", "email": "maria@example.com", "phone": "11987654321", "contactName": null, "contactEmail": null },
          "planName": "Estação fixa", "registeredBy": "onlineContracting", "status": "active",
          "startDate": "2027-02-07", "dueDay": 7, "endDate": null, "monthlyPrice": 350.00, "adhesionFee": 100.00,
          "activationPolicy": "afterFirstPayment", "paymentMethod": "pix", "signatureStatus": "notRequested",
          "charges": [
            { "id": "01a24acd-58e1-72aa-903f-0588159f56ee", "periodIndex": 0, "purpose": "regular", "dueDate": "2027-02-07",
              "amount": 450.00, "status": "paid", "declineReason": null, "paidOn": "2027-02-07", "settledOutsideProvider": false }
          ],
          "quotas": [ { "periodStart": "2027-02-07", "periodEnd": "2027-03-06", "resource": "Sala de reunião", "amount": 10.00, "unit": "horas" } ],
          "creditAmount": 0.00,
          "audit": [
            { "action": "contract.created", "actor": "customer", "occurredAt": "2027-02-07T12:00:41-03:00",
              "details": "Contratação online do plano Estação fixa por ***.982.247-** (checkout 01a24acd-58e2-7560-b9a2-ee14a2a5bf95).", "actorName": null },
            { "action": "charge.paid", "actor": "provider:efi", "occurredAt": "2027-02-07T12:03:10-03:00", "details": null, "actorName": null }
          ],
          "attachments": [], "payUntil": null, "cancelledAt": null, "cancellationReason": null
        }
        """;

    private const string TerminationPreview = """
        {
          "contractId": "01a24acd-58de-716d-b9f9-ef35d7d1bb40", "endDate": "2027-02-17", "periodStart": "2027-02-07",
          "nextDueDate": "2027-03-07", "usedDays": 11, "periodDays": 28, "monthlyPrice": 350.00, "proRataAmount": 137.50,
          "replacementChargeAmount": null, "creditAmount": 212.50, "chargesToCancel": [], "periodsToBill": [],
          "creditedCharges": [ { "id": "01a24acd-58e1-72aa-903f-0588159f56ee", "dueDate": "2027-02-07", "amount": 450.00, "creditAmount": 212.50 } ]
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
              "maxAttachmentBytes": 10485760, "cardTokenizer": "sandbox", "sandbox": true
            }
            """),
        ["RetryCheckoutPayment"] = ("""{ "method": "card", "cardToken": "sandbox-approved" }""", null),
        ["Login"] = ("""{ "email": "admin@demo.local", "password": "Demo#2026!" }""", null),
        ["GetPlans"] = (null, """
            [
              {
                "id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "name": "Sala privativa", "unitId": "9b1d3c5e-7f2a-4b6c-8d0e-1f2a3b4c5d6e",
                "monthlyPrice": 1200.00, "adhesionFee": 150.00, "activationPolicy": "immediate", "isActive": true,
                "checkoutPath": "/checkout/q8Vh2xW0bT3nKp6rYs1aZg", "checkoutUrl": "https://contratar.example.com/checkout/q8Vh2xW0bT3nKp6rYs1aZg",
                "paymentOptions": [ { "method": "boleto", "provider": "efi" } ],
                "warnings": [ { "code": "boleto-immediate-access", "message": "Com boleto e acesso imediato, o cliente usa o espaço antes de pagar. Considere liberar o acesso após o primeiro pagamento." } ]
              }
            ]
            """),
        ["GetPlan"] = (null, PlanResponse),
        ["CreatePlan"] = (PlanRequest, PlanResponse),
        ["UpdatePlan"] = (PlanRequest, PlanResponse),
        ["DeactivatePlan"] = (null, PlanResponse.Replace("\"isActive\": true", "\"isActive\": false", StringComparison.Ordinal)),
        ["ActivatePlan"] = (null, PlanResponse),
        ["RegeneratePlanLink"] = (null, PlanResponse),
        ["GetReadiness"] = (null, """
            {
              "ready": false,
              "items": [
                { "code": "tier", "status": "ok", "optional": false, "message": "O plano da sua assinatura inclui a contratação online.", "fixPath": "/admin/configuracoes", "fixLabel": "Configurações > Módulos opcionais" },
                { "code": "active-plan", "status": "missing", "optional": false, "message": "Nenhum plano ativo: crie ou ative um plano para ter um link de contratação.", "fixPath": "/admin/planos", "fixLabel": "Planos" }
              ],
              "warnings": []
            }
            """),
        ["GetUnits"] = (null, """
            [ { "id": "9b1d3c5e-7f2a-4b6c-8d0e-1f2a3b4c5d6e", "name": "Unidade Centro", "notificationEmail": null, "effectiveNotificationEmail": "contato@coworking.com.br" } ]
            """),
        ["SetUnitNotificationEmail"] = ("""{ "email": "avisos.centro@coworking.com.br" }""", """
            { "id": "9b1d3c5e-7f2a-4b6c-8d0e-1f2a3b4c5d6e", "name": "Unidade Centro", "notificationEmail": "avisos.centro@coworking.com.br", "effectiveNotificationEmail": "avisos.centro@coworking.com.br" }
            """),
        ["GetContractsPerDay"] = (null, """
            {
              "from": "2027-02-06", "to": "2027-02-07",
              "days": [
                { "date": "2027-02-06", "total": 0, "byRegisteredBy": { "onlineContracting": 0, "manual": 0, "import": 0 }, "byPaymentMethod": { "card": 0, "pix": 0, "boleto": 0 } },
                { "date": "2027-02-07", "total": 2, "byRegisteredBy": { "onlineContracting": 2, "manual": 0, "import": 0 }, "byPaymentMethod": { "card": 1, "pix": 1, "boleto": 0 } }
              ]
            }
            """),
        ["GetClientContracts"] = (null, """
            {
              "customerName": "Maria Souza", "tenantName": "Demo Coworking",
              "contracts": [
                {
                  "id": "c2a7e5d4-1b3f-4e8a-9c6d-0f1e2d3c4b5a", "planName": "Estação fixa", "status": "active",
                  "startDate": "2027-02-07", "endDate": null, "dueDay": 7, "monthlyPrice": 350.00, "paymentMethod": "pix",
                  "signatureStatus": "notRequested",
                  "charges": [
                    { "id": "8d7c6b5a-4f3e-4d2c-9b1a-0e9f8d7c6b5a", "dueDate": "2027-03-07", "amount": 350.00, "status": "awaitingPayment",
                      "method": "pix", "pixCopyPaste": "00020101021226...6304BB1C", "boletoDigitableLine": null, "boletoPdfUrl": null }
                  ],
                  "currentQuotas": [ { "periodStart": "2027-02-07", "periodEnd": "2027-03-06", "resource": "Sala de reunião", "amount": 10.00, "unit": "horas" } ],
                  "creditAmount": 0.00, "contactEmail": "centro@democoworking.com.br"
                }
              ]
            }
            """),
        ["SetClientPassword"] = ("""{ "email": "maria@example.com", "token": "CfDJ8N...", "password": "senha2026segura" }""", null),
        ["InviteCustomer"] = (null, """{ "emailId": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "to": "maria@example.com", "status": "sent" }"""),
        ["TerminateContract"] = ("""{ "endDate": "2027-02-17" }""", TerminationPreview),
        ["PreviewTermination"] = (null, TerminationPreview),
        ["GetContract"] = (null, ContractResponse),
        ["CancelContract"] = ("""{ "reason": "O cliente desistiu antes de pagar." }""", """
            {
              "id": "01a24acd-58de-716d-b9f9-ef35d7d1bb40", "customerId": "01a24acd-58a5-7ace-a130-ae646fa3a7b4",
              "customerName": "Maria Souza", "customer": { "kind": "person", "document": "***.982.247-**", "email": "maria@example.com", "phone": "11987654321", "contactName": null, "contactEmail": null },
              "planName": "Estação fixa", "registeredBy": "onlineContracting", "status": "cancelled",
              "startDate": "2027-02-07", "dueDay": 7, "endDate": null, "monthlyPrice": 350.00, "adhesionFee": 100.00,
              "activationPolicy": "afterFirstPayment", "paymentMethod": "pix", "signatureStatus": "notRequested",
              "charges": [
                { "id": "01a24acd-58e1-72aa-903f-0588159f56ee", "periodIndex": 0, "purpose": "regular", "dueDate": "2027-02-07",
                  "amount": 450.00, "status": "cancelled", "declineReason": null, "paidOn": null, "settledOutsideProvider": false }
              ],
              "quotas": [], "creditAmount": 0.00,
              "audit": [
                { "action": "contract.created", "actor": "customer", "occurredAt": "2027-02-07T12:00:41-03:00", "details": null, "actorName": null },
                { "action": "contract.cancelled", "actor": "user:7d3f1c2b-5a4e-4f6d-9b8a-1c2d3e4f5a6b", "occurredAt": "2027-02-08T09:15:00-03:00",
                  "details": "O cliente desistiu antes de pagar.", "actorName": "Ana Operadora" }
              ],
              "attachments": [], "payUntil": null, "cancelledAt": "2027-02-08T09:15:00-03:00", "cancellationReason": "byOperator"
            }
            """),
        ["ListContracts"] = (null, """
            {
              "items": [
                { "id": "01a24acd-58de-716d-b9f9-ef35d7d1bb40", "customerName": "Maria Souza", "customerDocument": "***.982.247-**",
                  "planName": "Estação fixa", "unitName": "Unidade Paulista", "registeredBy": "onlineContracting", "status": "active",
                  "startDate": "2027-02-07", "dueDay": 7, "monthlyPrice": 350.00, "paymentMethod": "pix", "signatureStatus": "notRequested" }
              ],
              "totalCount": 1, "page": 1, "pageSize": 20
            }
            """),
        ["RecordManualPayment"] = ("""{ "paidOn": "2027-03-09", "note": "Transferência recebida na conta da unidade." }""", ContractResponse),
        ["RunBilling"] = (null, """{ "contractsChecked": 12, "chargesCreated": 3 }"""),
        ["GetEmails"] = (null, """
            [
              { "id": "01a24acd-62d3-7ba8-944a-c21757194889", "kind": "welcome", "to": "maria@example.com",
                "subject": "Bem-vindo(a) à Demo Coworking", "status": "sent", "attempts": 1, "lastError": null,
                "createdAt": "2027-02-07T12:00:43-03:00", "sentAt": "2027-02-07T12:00:44-03:00",
                "body": "<p>Olá, Maria Souza!</p><p>Sua contratação do plano <b>Estação fixa</b> foi registrada em 07/02/2027.</p>" }
            ]
            """),
        ["GetTenant"] = (null, """
            {
              "id": "01a24acd-2ff2-7df9-8190-8420fcf7127e", "name": "Demo Coworking", "tier": "pro", "timeZoneId": "America/Sao_Paulo",
              "onlineContractingAvailable": true, "onlineContractingOffered": false, "sendsContractsForSignature": true, "canChangeSettings": true
            }
            """),
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
