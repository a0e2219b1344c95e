using System.Text.Json.Serialization;

namespace Conexa.Infrastructure.Signatures.D4Sign;

internal sealed record D4SignSafe(
    [property: JsonPropertyName("uuid-safe")] string? UuidSafe,
    [property: JsonPropertyName("name-safe")] string? NameSafe);

/// <summary>The upload reply. D4Sign documents only that it returns the UUID, and the {"uuid": ...} shape is unconfirmed.</summary>
internal sealed record D4SignUploadReply([property: JsonPropertyName("uuid")] string? Uuid);

internal sealed record D4SignWebhookRequest([property: JsonPropertyName("url")] string Url);

internal sealed record D4SignSignersRequest([property: JsonPropertyName("signers")] IReadOnlyList<D4SignSigner> Signers);

/// <summary>A signer as D4Sign's createlist takes it: act "1" signs, foreign "0" has a CPF, and the rest are off.</summary>
internal sealed record D4SignSigner(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("act")] string Act = "1",
    [property: JsonPropertyName("foreign")] string Foreign = "0",
    [property: JsonPropertyName("certificadoicpbr")] string CertificadoIcpBr = "0",
    [property: JsonPropertyName("assinatura_presencial")] string AssinaturaPresencial = "0");

/// <summary>The sendtosigner body: workflow "0" sends to every signer at once, skip_email "0" lets D4Sign e-mail them.</summary>
internal sealed record D4SignSendRequest(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("skip_email")] string SkipEmail = "0",
    [property: JsonPropertyName("workflow")] string Workflow = "0");

internal sealed record D4SignCancelRequest([property: JsonPropertyName("comment")] string Comment);

internal sealed record D4SignResendRequest(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("key_signer")] string KeySigner);
