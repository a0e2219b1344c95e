using Conexa.Application.Attachments.Shared;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using Conexa.Domain.Sales;

namespace Conexa.Application.Contracts.GetContract;

/// <summary>
/// A contract in the admin API, with its charges in due-date order, its quotas and the files sent with its checkout.
/// <paramref name="PayUntil"/> is the last day the first charge can be paid while the contract awaits it. After that
/// day the contracting is cancelled. <paramref name="CancelledAt"/> and <paramref name="CancellationReason"/> are set
/// once the contracting was cancelled before its first payment. <paramref name="Customer"/> is how to reach the customer.
/// </summary>
public sealed record ContractDto(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    CustomerContactDto Customer,
    string PlanName,
    RegisteredBy RegisteredBy,
    ContractStatus Status,
    DateOnly StartDate,
    int DueDay,
    DateOnly? EndDate,
    decimal MonthlyPrice,
    decimal AdhesionFee,
    ActivationPolicy ActivationPolicy,
    PaymentMethod PaymentMethod,
    SignatureStatus SignatureStatus,
    IReadOnlyList<ChargeDto> Charges,
    IReadOnlyList<QuotaDto> Quotas,
    decimal CreditAmount,
    IReadOnlyList<AuditDto> Audit,
    IReadOnlyList<AttachmentDto> Attachments,
    DateOnly? PayUntil,
    DateTimeOffset? CancelledAt,
    ContractCancellationReason? CancellationReason);

/// <summary>
/// A charge of the contract. <paramref name="DeclineReason"/> is the provider's reason when its payment was refused.
/// <paramref name="PaidOn"/> is the day it was paid in the tenant's time zone, and <paramref name="SettledOutsideProvider"/>
/// distinguishes a payment the operator recorded, or a customer's credit, from one confirmed by the provider.
/// </summary>
public sealed record ChargeDto(
    Guid Id,
    int PeriodIndex,
    ChargePurpose Purpose,
    DateOnly DueDate,
    decimal Amount,
    ChargeStatus Status,
    string? DeclineReason,
    DateOnly? PaidOn,
    bool SettledOutsideProvider);

public sealed record QuotaDto(DateOnly PeriodStart, DateOnly PeriodEnd, string Resource, decimal Amount, string Unit);

/// <summary>
/// An audit entry of the contract or one of its charges, oldest first. <paramref name="Actor"/> is "user:{id}",
/// "customer" for the public checkout, or "provider:efi" for a payment callback. <paramref name="ActorName"/> names
/// the team member of a "user:" actor, and is null for other actors or a removed user.
/// </summary>
public sealed record AuditDto(string Action, string Actor, DateTimeOffset OccurredAt, string? Details, string? ActorName = null);

/// <summary>
/// How the operator reaches the contract's customer: its masked CPF/CNPJ, e-mail and phone (area code and number, digits
/// only, or as typed when it is not a Brazilian number), and for a company the person who contracted for it
/// (<paramref name="ContactName"/> and <paramref name="ContactEmail"/>, null for a person).
/// </summary>
public sealed record CustomerContactDto(
    CustomerKind Kind,
    string Document,
    string Email,
    string? Phone,
    string? ContactName,
    string? ContactEmail);
