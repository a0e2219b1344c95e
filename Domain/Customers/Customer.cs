using Conexa.Domain.Common;
using Conexa.Domain.Documents;

namespace Conexa.Domain.Customers;

/// <summary>A person (CPF) or company (CNPJ) that contracts plans.</summary>
public sealed class Customer : Entity
{
    private Customer(Guid id, Guid tenantId, CustomerKind kind, string name, TaxDocument document, string email)
        : base(id)
    {
        TenantId = tenantId;
        Kind = kind;
        Name = name;
        Document = document;
        Email = email;
    }

    public Guid TenantId { get; private set; }

    public CustomerKind Kind { get; private set; }

    public string Name { get; private set; }

    public TaxDocument Document { get; private set; }

    public string Email { get; private set; }

    public string? Phone { get; private set; }

    public Address? Address { get; private set; }

    public RegisteredBy RegisteredBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the personal data was erased at the holder's request (LGPD); financial records remain.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    public static Customer Register(
        Guid tenantId,
        CustomerKind kind,
        string name,
        TaxDocument document,
        string email,
        RegisteredBy registeredBy,
        DateTimeOffset createdAt)
    {
        var expected = kind == CustomerKind.Person ? DocumentKind.Cpf : DocumentKind.Cnpj;
        if (document.Kind != expected)
        {
            throw new BusinessRuleException(
                "customer-document-kind",
                kind == CustomerKind.Person ? "A person is identified by a CPF." : "A company is identified by a CNPJ.");
        }

        return new Customer(TimeOrderedId.New(), tenantId, kind, Guard.NotBlank(name, nameof(name)), document, Guard.NotBlank(email, nameof(email)))
        {
            RegisteredBy = registeredBy,
            CreatedAt = createdAt,
        };
    }

    /// <summary>Erases the personal data, keeping the record so contracts and charges still add up.</summary>
    public void Anonymise(DateTimeOffset now)
    {
        Name = AnonymisedPerson.Name;
        Email = AnonymisedPerson.EmailFor(Id);
        Document = TaxDocument.Anonymised(Document.Kind);
        Phone = null;
        Address = null;
        AnonymisedAt = now;
    }

    public void SetContact(string? phone, Address? address)
    {
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Address = address;
    }

    /// <summary>
    /// Fills in the phone and address a returning customer's record lacks. Stored values stay, because anyone with
    /// a customer's CPF/CNPJ can send the public form.
    /// </summary>
    public void CompleteContact(string? phone, Address? address)
    {
        if (Phone is null && !string.IsNullOrWhiteSpace(phone))
        {
            Phone = phone.Trim();
        }

        Address ??= address;
    }
}
