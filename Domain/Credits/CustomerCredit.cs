using Conexa.Domain.Common;

namespace Conexa.Domain.Credits;

/// <summary>An amount owed to the customer, such as the unused part of a paid period after termination.</summary>
public sealed class CustomerCredit : Entity
{
    private CustomerCredit(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ContractId { get; private set; }

    public decimal Amount { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static CustomerCredit Grant(Guid tenantId, Guid customerId, Guid contractId, decimal amount, string reason, DateTimeOffset now)
    {
        if (amount <= 0)
        {
            throw new BusinessRuleException("credit-amount-positive", "O crédito deve ser maior que zero.");
        }

        return new CustomerCredit(TimeOrderedId.New())
        {
            TenantId = tenantId,
            CustomerId = customerId,
            ContractId = contractId,
            Amount = Money.RoundToCents(amount),
            Reason = reason,
            CreatedAt = now,
        };
    }
}
