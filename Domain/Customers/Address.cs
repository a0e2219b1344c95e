namespace Conexa.Domain.Customers;

/// <summary>A Brazilian postal address; <see cref="PostalCode"/> is the CEP as 8 digits.</summary>
public sealed record Address(
    string Street,
    string Number,
    string? Complement,
    string District,
    string City,
    string State,
    string PostalCode);
