using Conexa.Domain.Common;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;

namespace Conexa.Domain.Sales;

/// <summary>What was sold at contracting: the first monthly fee and, when the plan has one, the adhesion fee.</summary>
public sealed class Sale : Entity
{
    private readonly List<SaleItem> _items = [];

    private Sale(Guid id, Guid tenantId, Guid customerId, DateTimeOffset createdAt)
        : base(id)
    {
        TenantId = tenantId;
        CustomerId = customerId;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public RegisteredBy RegisteredBy { get; private set; } = RegisteredBy.OnlineContracting;

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<SaleItem> Items => _items;

    public decimal Total => _items.Sum(i => i.Amount);

    public static Sale ForOnlineContracting(Plan plan, Customer customer, DateTimeOffset now)
    {
        var sale = new Sale(TimeOrderedId.New(), plan.TenantId, customer.Id, now);
        sale._items.Add(new SaleItem(SaleItemKind.MonthlyFee, $"{plan.Name} - primeira mensalidade", plan.MonthlyPrice));
        if (plan.AdhesionFee > 0)
        {
            sale._items.Add(new SaleItem(SaleItemKind.AdhesionFee, $"{plan.Name} - taxa de adesão", plan.AdhesionFee));
        }

        return sale;
    }
}
