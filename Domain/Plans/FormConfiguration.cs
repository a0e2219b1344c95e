namespace Conexa.Domain.Plans;

/// <summary>The optional fields of a plan's checkout form. Name, e-mail and CPF/CNPJ are always required.</summary>
public sealed record FormConfiguration(
    FormField Password,
    FormField Address,
    FormField Phone,
    FormField CompanyData,
    FormField Attachments)
{
    // For materialisation by the ORM, which cannot pass nested values to the constructor.
    private FormConfiguration()
        : this(FormField.Hidden, FormField.Hidden, FormField.Hidden, FormField.Hidden, FormField.Hidden)
    {
    }

    public static readonly FormConfiguration Default = new(
        Password: FormField.Hidden,
        Address: FormField.Optional,
        Phone: FormField.Mandatory,
        CompanyData: FormField.Optional,
        Attachments: FormField.Hidden);
}
