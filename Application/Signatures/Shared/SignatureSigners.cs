using Conexa.Domain.Customers;
using Conexa.Domain.Signatures;

namespace Conexa.Application.Signatures.Shared;

internal static class SignatureSigners
{
    /// <summary>Returns who signs a contract: the customer, and for a company also its linked person.</summary>
    public static IReadOnlyList<SignatureSigner> Of(Customer customer, LinkedPerson linkedPerson)
    {
        var signers = new List<SignatureSigner> { new(customer.Email.Trim().ToLowerInvariant(), customer.Name) };
        if (customer.Kind == CustomerKind.Company)
        {
            signers.Add(new SignatureSigner(linkedPerson.Email.Trim().ToLowerInvariant(), linkedPerson.Name));
        }

        return signers;
    }
}
