using Conexa.Domain.Contracts;

namespace Conexa.Application.Signatures.Shared;

/// <summary>A contract's signature request as the admin API shows it.</summary>
public sealed record SignatureRequestDto(
    Guid Id,
    Guid ContractId,
    SignatureStatus Status,
    string? DocumentId,
    IReadOnlyList<string> SignerEmails,
    int SendCount,
    DateTimeOffset? FirstSentAt,
    DateTimeOffset? LastSentAt,
    DateTimeOffset? CompletedAt);
