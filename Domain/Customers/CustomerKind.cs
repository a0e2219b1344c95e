namespace Conexa.Domain.Customers;

public enum CustomerKind
{
    /// <summary>An individual, identified by CPF.</summary>
    Person,

    /// <summary>A company, identified by CNPJ, with a responsible linked person.</summary>
    Company,
}
