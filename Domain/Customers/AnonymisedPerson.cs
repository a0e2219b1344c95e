namespace Conexa.Domain.Customers;

/// <summary>The values that replace a person's name and e-mail when their data is erased at their request.</summary>
internal static class AnonymisedPerson
{
    public const string Name = "Titular anonimizado";

    public static string EmailFor(Guid recordId) => $"anonimizado-{recordId:N}@anonimizado.invalid";
}
