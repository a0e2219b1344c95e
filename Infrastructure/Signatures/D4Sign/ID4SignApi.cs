using System.Text.Json;
using Refit;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>D4Sign's document API. <see cref="D4SignCredentialsHandler"/> adds tokenAPI and cryptKey to every call.</summary>
internal interface ID4SignApi
{
    [Get("/safes")]
    Task<List<D4SignSafe>> ListSafesAsync(CancellationToken cancellationToken);

    [Multipart]
    [Post("/documents/{safeUuid}/upload")]
    Task<D4SignUploadReply> UploadAsync(string safeUuid, [AliasAs("file")] ByteArrayPart file, CancellationToken cancellationToken);

    [Post("/documents/{uuid}/webhooks")]
    Task<JsonElement> RegisterWebhookAsync(string uuid, [Body] D4SignWebhookRequest request, CancellationToken cancellationToken);

    [Post("/documents/{uuid}/createlist")]
    Task<JsonElement> CreateListAsync(string uuid, [Body] D4SignSignersRequest request, CancellationToken cancellationToken);

    [Post("/documents/{uuid}/sendtosigner")]
    Task<JsonElement> SendToSignerAsync(string uuid, [Body] D4SignSendRequest request, CancellationToken cancellationToken);

    [Post("/documents/{uuid}/resend")]
    Task<JsonElement> ResendAsync(string uuid, [Body] D4SignResendRequest request, CancellationToken cancellationToken);

    /// <summary>Returns the document's fields (uuidDoc, statusId, statusName, ...), as one object or a one-item array.</summary>
    [Post("/documents/{uuid}/cancel")]
    Task<JsonElement> CancelAsync(string uuid, [Body] D4SignCancelRequest request, CancellationToken cancellationToken);

    [Get("/documents/{uuid}")]
    Task<JsonElement> GetDocumentAsync(string uuid, CancellationToken cancellationToken);
}
