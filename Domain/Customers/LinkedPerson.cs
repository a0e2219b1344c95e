using Conexa.Domain.Common;
using Conexa.Domain.Documents;

namespace Conexa.Domain.Customers;

/// <summary>The individual who uses the space: the customer themself, or a company's responsible person.</summary>
public sealed class LinkedPerson : Entity
{
    private LinkedPerson(Guid id, Guid tenantId, Guid customerId, string name, TaxDocument document, string email)
        : base(id)
    {
        TenantId = tenantId;
        CustomerId = customerId;
        Name = name;
        Document = document;
        Email = email;
    }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Name { get; private set; }

    public TaxDocument Document { get; private set; }

    public string Email { get; private set; }

    /// <summary>Erases the person's name, e-mail and CPF at the customer's request.</summary>
    public void Anonymise()
    {
        Name = AnonymisedPerson.Name;
        Email = AnonymisedPerson.EmailFor(Id);
        Document = TaxDocument.Anonymised(DocumentKind.Cpf);
    }

    public static LinkedPerson Create(Customer customer, string name, TaxDocument document, string email)
    {
        if (document.Kind != DocumentKind.Cpf)
        {
            throw new BusinessRuleException("linked-person-cpf", "A pessoa vinculada é identificada por um CPF.");
        }

        return new LinkedPerson(TimeOrderedId.New(), customer.TenantId, customer.Id, Guard.NotBlank(name, nameof(name)), document, Guard.NotBlank(email, nameof(email)));
    }

    /// <summary>Creates the linked person of an individual customer, who uses the space themself.</summary>
    public static LinkedPerson ForPerson(Customer customer) =>
        Create(customer, customer.Name, customer.Document, customer.Email);
}
