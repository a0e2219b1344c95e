using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using Conexa.Domain.Documents;
using Conexa.Domain.Plans;

namespace Conexa.Application.Contracts.Shared;

/// <summary>A contract joined with its customer and unit, as the report reads it from the database.</summary>
public sealed class ContractReportSource
{
    public Guid Id { get; init; }

    public required string CustomerName { get; init; }

    public required string CustomerEmail { get; init; }

    public required TaxDocument CustomerDocument { get; init; }

    public Guid PlanId { get; init; }

    public required string PlanName { get; init; }

    public Guid UnitId { get; init; }

    public required string UnitName { get; init; }

    public RegisteredBy RegisteredBy { get; init; }

    public ContractStatus Status { get; init; }

    public DateOnly StartDate { get; init; }

    /// <summary>The last day of service of a recorded termination, or null.</summary>
    public DateOnly? EndDate { get; init; }

    public int DueDay { get; init; }

    public decimal MonthlyPrice { get; init; }

    public PaymentMethod PaymentMethod { get; init; }

    public SignatureStatus SignatureStatus { get; init; }
}
