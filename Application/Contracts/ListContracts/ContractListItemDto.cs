using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;

namespace Conexa.Application.Contracts.ListContracts;

/// <summary>A contract in the admin list, with the customer's CPF/CNPJ masked (***.982.247-**).</summary>
public sealed record ContractListItemDto(
    Guid Id,
    string CustomerName,
    string CustomerDocument,
    string PlanName,
    string UnitName,
    RegisteredBy RegisteredBy,
    ContractStatus Status,
    DateOnly StartDate,
    DateOnly? EndDate,
    int DueDay,
    decimal MonthlyPrice,
    PaymentMethod PaymentMethod,
    SignatureStatus SignatureStatus);
