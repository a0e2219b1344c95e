using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Sales;
using Mediator;

namespace Conexa.Application.Customers.ExportPersonalData;

/// <summary>Everything stored about a customer, for a data-access request under the LGPD.</summary>
public sealed record ExportPersonalDataQuery(Guid CustomerId) : IQuery<PersonalDataDto>;

public sealed record PersonalDataDto(
    Guid CustomerId,
    CustomerKind Kind,
    string Name,
    string Document,
    string Email,
    string? Phone,
    string? Address,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnonymisedAt,
    IReadOnlyList<PersonalDataPersonDto> LinkedPeople,
    IReadOnlyList<PersonalDataContractDto> Contracts,
    IReadOnlyList<PersonalDataEmailDto> Emails);

public sealed record PersonalDataPersonDto(string Name, string Document, string Email);

public sealed record PersonalDataContractDto(
    Guid Id,
    string PlanName,
    DateOnly StartDate,
    DateOnly? EndDate,
    ContractStatus Status,
    IReadOnlyList<PersonalDataChargeDto> Charges,
    IReadOnlyList<PersonalDataAttachmentDto> Attachments,
    PersonalDataPayerDto? CheckoutPayer);

/// <summary>
/// Payer details typed in the checkout that created a contract for a customer already on file. They were sent to
/// the payment provider for its first charge in place of the stored ones.
/// </summary>
public sealed record PersonalDataPayerDto(string Name, string Email, string? Phone, string? Address);

/// <summary>A file sent with the checkout; its bytes are downloaded from the contract's attachment route.</summary>
public sealed record PersonalDataAttachmentDto(Guid Id, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt);

public sealed record PersonalDataChargeDto(DateOnly DueDate, decimal Amount, ChargeStatus Status);

public sealed record PersonalDataEmailDto(string Subject, string To, DateTimeOffset CreatedAt);
