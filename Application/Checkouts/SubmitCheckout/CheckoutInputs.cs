using System.Text.Json.Serialization;

namespace Conexa.Application.Checkouts.SubmitCheckout;

/// <summary>The customer as typed in the form; kind is "person" (CPF) or "company" (CNPJ).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CustomerInput(
    string? Kind,
    string? Name,
    string? Document,
    string? Email,
    string? Phone,
    string? Password,
    AddressInput? Address);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AddressInput(
    string? Street,
    string? Number,
    string? Complement,
    string? District,
    string? City,
    string? State,
    string? PostalCode);

/// <summary>A company's responsible person, who uses the space.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record LinkedPersonInput(string? Name, string? Document, string? Email);

/// <summary>The payment choice; the provider may be left out when only one offers the method.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PaymentInput(string? Method, string? Provider, string? CardToken);
