using System.Text.Json.Serialization;

namespace Conexa.Infrastructure.Payments.Efi;

// Shapes of EFI's Charges API (snake_case, money in integer cents) and Pix API (Portuguese names,
// money as a decimal string), as far as this product reads and writes them.

internal sealed record EfiEnvelope<T>(int Code, T Data);

internal sealed record EfiToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

internal sealed record EfiTokenRequest([property: JsonPropertyName("grant_type")] string GrantType);

internal sealed record EfiOneStepChargeRequest(
    IReadOnlyList<EfiItem> Items,
    EfiMetadata Metadata,
    EfiPayment Payment);

internal sealed record EfiItem(string Name, long Value, int Amount);

internal sealed record EfiMetadata(string CustomId, string? NotificationUrl);

internal sealed record EfiPayment(EfiCreditCard? CreditCard, EfiBankingBillet? BankingBillet = null);

internal sealed record EfiBankingBillet(EfiCustomer Customer, string ExpireAt, string? Message);

internal sealed record EfiCreditCard(EfiCustomer Customer, int Installments, string PaymentToken);

internal sealed record EfiCustomer(
    string Name,
    string? Cpf,
    string Email,
    string? PhoneNumber,
    EfiJuridicalPerson? JuridicalPerson);

internal sealed record EfiJuridicalPerson(string CorporateName, string Cnpj);

internal sealed record EfiChargeData(
    long ChargeId,
    string Status,
    long Total,
    string? CustomId,
    EfiRefusal? Refusal,
    string? Barcode = null,
    string? BilletLink = null,
    EfiBilletPdf? Pdf = null,
    EfiBilletPix? Pix = null);

internal sealed record EfiBilletPdf(string? Charge);

internal sealed record EfiBilletPix(string? Qrcode);

internal sealed record EfiRefusal(string Reason, bool Retry);

internal sealed record EfiNotificationEvent(
    int Id,
    string Type,
    string? CustomId,
    EfiStatusChange Status,
    EfiIdentifiers Identifiers);

internal sealed record EfiStatusChange(string Current, string? Previous);

internal sealed record EfiIdentifiers(long? ChargeId);

internal sealed record EfiPixCobRequest(
    EfiPixCalendar Calendario,
    EfiPixDebtor? Devedor,
    EfiPixValue Valor,
    string Chave,
    string? SolicitacaoPagador);

internal sealed record EfiPixCalendar(int Expiracao);

internal sealed record EfiPixDebtor(string? Cpf, string? Cnpj, string Nome);

internal sealed record EfiPixValue(string Original);

internal sealed record EfiPixCob(string Txid, string Status, EfiPixLocation? Loc, string? PixCopiaECola, IReadOnlyList<EfiPixPayment>? Pix);

internal sealed record EfiPixLocation(long Id);

internal sealed record EfiPixPayment(string EndToEndId, DateTimeOffset Horario);

internal sealed record EfiPixQrCode(string Qrcode);

internal sealed record EfiPixWebhook(string WebhookUrl);

internal sealed record EfiPixStatusUpdate(string Status);
