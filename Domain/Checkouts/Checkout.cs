using Conexa.Domain.Common;
using Conexa.Domain.Customers;

namespace Conexa.Domain.Checkouts;

/// <summary>
/// One submission of a plan's public form, keyed by the client's Idempotency-Key, so a replay finds
/// the records the first submission created instead of creating more.
/// </summary>
public sealed class Checkout : Entity
{
    public const int MaxIdempotencyKeyLength = 100;

    private Checkout(Guid id)
        : base(id)
    {
    }

    public Guid TenantId { get; private set; }

    public Guid PlanId { get; private set; }

    public string IdempotencyKey { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the request body, so a key reused with a different request is rejected.</summary>
    public string RequestFingerprint { get; private set; } = string.Empty;

    public Guid CustomerId { get; private set; }

    public Guid ContractId { get; private set; }

    public Guid ChargeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether the customer set a password and got a client-area login.</summary>
    public bool ClientAreaEnabled { get; private set; }

    /// <summary>
    /// Payer name the submitter typed, kept only when the checkout linked to a customer already on file. The
    /// contract's charges are registered at the provider with these details instead of the stored ones, because anyone
    /// with a CPF or CNPJ can submit a checkout, and the provider's boleto, whose address the submitter gets, prints the
    /// payer's name and address.
    /// </summary>
    public string? PayerName { get; private set; }

    public string? PayerEmail { get; private set; }

    public string? PayerPhone { get; private set; }

    public Address? PayerAddress { get; private set; }

    public bool HasPayer => PayerName is not null;

    /// <summary>Keeps the payer details typed in a checkout that linked to a returning customer.</summary>
    public void RecordPayer(string name, string email, string? phone, Address? address)
    {
        PayerName = name;
        PayerEmail = email;
        PayerPhone = phone;
        PayerAddress = address;
    }

    /// <summary>Erases the typed payer details, as the customer's anonymisation erases the stored ones.</summary>
    public void ErasePayer()
    {
        PayerName = null;
        PayerEmail = null;
        PayerPhone = null;
        PayerAddress = null;
    }

    public void EnableClientArea() => ClientAreaEnabled = true;

    /// <summary>Withdraws the client area when its login could not be created after all.</summary>
    public void DisableClientArea() => ClientAreaEnabled = false;

    public static Checkout Record(Guid tenantId, Guid planId, string idempotencyKey, string requestFingerprint, Guid customerId, Guid contractId, Guid chargeId, DateTimeOffset now) =>
        new(TimeOrderedId.New())
        {
            TenantId = tenantId,
            PlanId = planId,
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = requestFingerprint,
            CustomerId = customerId,
            ContractId = contractId,
            ChargeId = chargeId,
            CreatedAt = now,
        };
}
