using Conexa.Domain.Signatures;

namespace Conexa.Application.Signatures.Shared;

internal static class SignatureRequestMapping
{
    public static SignatureRequestDto ToDto(this SignatureRequest request) => new(
        request.Id,
        request.ContractId,
        request.Status,
        request.DocumentId,
        request.Signers.Select(s => s.Email).ToList(),
        request.SendCount,
        request.FirstSentAt,
        request.LastSentAt,
        request.CompletedAt);
}
