using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Validates the body of POST /v1/charge/one-step and converts it to a <see cref="OneStepChargeRequest"/>.
/// Errors name the failing property as a JSON pointer, as EFI does.
/// </summary>
internal sealed class OneStepChargeParser(CustomerValidator customers, SandboxClock clock)
{
    /// <summary>Payment tokens that the sandbox accepts in place of tokens made by EFI's browser library.</summary>
    public const string ApprovedToken = "sandbox-approved";

    public const string DeclinedToken = "sandbox-declined";

    private const int MaxInstallments = 12;

    /// <summary>Returns the request, or an error result when the body is invalid.</summary>
    public (OneStepChargeRequest? Request, IResult? Error) Parse(JsonObject? body)
    {
        if (body is null)
        {
            return Fail(ChargesErrors.Body(StatusCodes.Status400BadRequest, ChargesErrors.ValidationErrorCode,
                "validation_error", "O corpo da requisição deve ser um objeto JSON."));
        }

        var (items, itemsError) = OneStepItemsParser.Parse(body);
        if (itemsError is not null)
        {
            return Fail(itemsError);
        }

        var (notificationUrl, metadataError) = ParseMetadata(body);
        if (metadataError is not null)
        {
            return Fail(metadataError);
        }

        var customId = JsonFields.Object(body, "metadata") is { } metadata ? JsonFields.String(metadata, "custom_id") : null;
        var draft = new OneStepChargeRequest(items!, customId, notificationUrl, string.Empty, [], 1, null, null);
        return ParsePayment(body, draft);
    }

    private static (Uri? Url, IResult? Error) ParseMetadata(JsonObject body)
    {
        if (!JsonFields.Has(body, "metadata"))
        {
            return (null, null);
        }

        if (JsonFields.Object(body, "metadata") is not { } metadata)
        {
            return (null, ChargesErrors.Validation("/metadata", "metadata deve ser um objeto."));
        }

        if (JsonFields.Has(metadata, "custom_id") && JsonFields.String(metadata, "custom_id") is null)
        {
            return (null, ChargesErrors.Validation("/metadata/custom_id", "custom_id deve ser um texto."));
        }

        if (!JsonFields.Has(metadata, "notification_url"))
        {
            return (null, null);
        }

        var isHttpUrl = Uri.TryCreate(JsonFields.String(metadata, "notification_url"), UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
        return isHttpUrl
            ? (url, null)
            : (null, ChargesErrors.Validation("/metadata/notification_url", "notification_url deve ser uma URL http ou https."));
    }

    private (OneStepChargeRequest? Request, IResult? Error) ParsePayment(JsonObject body, OneStepChargeRequest draft)
    {
        if (JsonFields.Object(body, "payment") is not { } payment)
        {
            return Fail(ChargesErrors.Required("/payment"));
        }

        var card = JsonFields.Object(payment, PaymentMethod.CreditCard);
        var billet = JsonFields.Object(payment, PaymentMethod.BankingBillet);
        return (card, billet) switch
        {
            ({ } cardPayment, null) => ParseCard(cardPayment, draft),
            (null, { } billetPayment) => ParseBillet(billetPayment, draft),
            (null, null) => Fail(ChargesErrors.PropertyError(ChargesErrors.RequiredPropertyCode, "validation_error",
                "/payment", "Informe payment.credit_card ou payment.banking_billet.")),
            _ => Fail(ChargesErrors.Validation("/payment", "Informe apenas uma forma de pagamento.")),
        };
    }

    private (OneStepChargeRequest? Request, IResult? Error) ParseCard(JsonObject card, OneStepChargeRequest draft)
    {
        const string path = "/payment/credit_card";
        var (customer, customerError) = ParseCustomer(card, path, requireContact: true);
        if (customerError is not null)
        {
            return Fail(customerError);
        }

        var installments = JsonFields.Integer(card, "installments");
        if (installments is null)
        {
            return Fail(JsonFields.Has(card, "installments")
                ? ChargesErrors.Validation(path + "/installments", "installments deve ser um número inteiro.")
                : ChargesErrors.Required(path + "/installments"));
        }

        if (installments is < 1 or > MaxInstallments)
        {
            return Fail(ChargesErrors.Validation(
                path + "/installments", $"installments deve estar entre 1 e {MaxInstallments}."));
        }

        var tokenError = ValidatePaymentToken(card, path) ?? BillingAddressValidator.Validate(card, path);
        return tokenError is not null
            ? Fail(tokenError)
            : (draft with
            {
                Payment = PaymentMethod.CreditCard,
                Customer = customer!,
                Installments = (int)installments,
                PaymentToken = JsonFields.String(card, "payment_token"),
            }, null);
    }

    private static IResult? ValidatePaymentToken(JsonObject card, string path)
    {
        if (!JsonFields.Has(card, "payment_token"))
        {
            return ChargesErrors.Required(path + "/payment_token");
        }

        return JsonFields.String(card, "payment_token") is ApprovedToken or DeclinedToken
            ? null
            : ChargesErrors.Validation(path + "/payment_token",
                $"payment_token inválido. No sandbox use \"{ApprovedToken}\" ou \"{DeclinedToken}\".");
    }

    private (OneStepChargeRequest? Request, IResult? Error) ParseBillet(JsonObject billet, OneStepChargeRequest draft)
    {
        const string path = "/payment/banking_billet";
        var (customer, customerError) = ParseCustomer(billet, path, requireContact: false);
        if (customerError is not null)
        {
            return Fail(customerError);
        }

        if (!JsonFields.Has(billet, "expire_at"))
        {
            return Fail(ChargesErrors.Required(path + "/expire_at"));
        }

        if (!CustomerValidator.TryParseDate(JsonFields.String(billet, "expire_at"), out var expireAt))
        {
            return Fail(ChargesErrors.Validation(path + "/expire_at", "expire_at deve estar no formato YYYY-MM-DD."));
        }

        if (expireAt < clock.BrasiliaToday())
        {
            return Fail(ChargesErrors.Validation(path + "/expire_at", "expire_at não pode ser uma data passada."));
        }

        return (draft with { Payment = PaymentMethod.BankingBillet, Customer = customer!, ExpireAt = expireAt }, null);
    }

    private (JsonObject? Customer, IResult? Error) ParseCustomer(JsonObject method, string path, bool requireContact)
    {
        if (JsonFields.Object(method, "customer") is not { } customer)
        {
            return (null, ChargesErrors.Required(path + "/customer"));
        }

        var error = customers.Validate(customer, path + "/customer", requireContact);
        return error is null ? (customer, null) : (null, error);
    }

    private static (OneStepChargeRequest? Request, IResult? Error) Fail(IResult error) => (null, error);
}
