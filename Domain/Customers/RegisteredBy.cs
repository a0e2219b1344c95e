namespace Conexa.Domain.Customers;

/// <summary>Origin of a record.</summary>
public enum RegisteredBy
{
    OnlineContracting,
    Manual,
    Import,
}
