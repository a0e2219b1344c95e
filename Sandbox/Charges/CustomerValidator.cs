using System.Globalization;
using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Checks payment.&lt;method&gt;.customer of a one-step charge. A person sends cpf; a company sends
/// juridical_person with corporate_name and cnpj.
/// </summary>
internal sealed class CustomerValidator(bool acceptAlphanumericCnpj)
{
    /// <summary>Returns the first error found in <paramref name="customer"/>, or null if it is valid.</summary>
    /// <param name="customer">The customer object.</param>
    /// <param name="path">JSON pointer of the customer, such as "/payment/credit_card/customer".</param>
    /// <param name="requireContact">Whether email and phone_number are required, as for card payments.</param>
    public IResult? Validate(JsonObject customer, string path, bool requireContact)
    {
        var company = JsonFields.Object(customer, "juridical_person");
        return ValidateName(customer, path, company is not null)
            ?? ValidateCpf(customer, path, company is not null)
            ?? (company is null ? null : ValidateCompany(company, path + "/juridical_person"))
            ?? ValidateEmail(customer, path, requireContact)
            ?? ValidatePhone(customer, path, requireContact)
            ?? ValidateBirth(customer, path);
    }

    /// <summary>Returns whether <paramref name="value"/> is a strict "YYYY-MM-DD" calendar date.</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        return value is { Length: 10 }
            && value.Where((character, index) => index is 4 or 7 ? character == '-' : char.IsAsciiDigit(character))
                .Count() == 10
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static IResult? ValidateName(JsonObject customer, string path, bool isCompany)
    {
        if (!JsonFields.Has(customer, "name"))
        {
            return isCompany ? null : ChargesErrors.Required(path + "/name");
        }

        var name = JsonFields.String(customer, "name");
        return string.IsNullOrWhiteSpace(name)
            ? ChargesErrors.Validation(path + "/name", "O nome do cliente deve ser um texto não vazio.")
            : null;
    }

    private static IResult? ValidateCpf(JsonObject customer, string path, bool isCompany)
    {
        if (!JsonFields.Has(customer, "cpf"))
        {
            return isCompany ? null : ChargesErrors.Required(path + "/cpf");
        }

        var cpf = JsonFields.String(customer, "cpf") ?? string.Empty;
        if (DocumentRules.IsCpf(cpf))
        {
            return null;
        }

        var message = cpf.Length == 14
            ? "Um CNPJ foi enviado em cpf. Envie o CNPJ em juridical_person.cnpj."
            : "O cpf deve ser um texto de 11 dígitos, sem máscara.";
        return ChargesErrors.Validation(path + "/cpf", message);
    }

    private IResult? ValidateCompany(JsonObject company, string path)
    {
        if (string.IsNullOrWhiteSpace(JsonFields.String(company, "corporate_name")))
        {
            return ChargesErrors.Required(path + "/corporate_name");
        }

        var cnpj = JsonFields.String(company, "cnpj");
        if (cnpj is null)
        {
            return ChargesErrors.Required(path + "/cnpj");
        }

        return DocumentRules.IsCnpj(cnpj, acceptAlphanumericCnpj)
            ? null
            : ChargesErrors.Validation(path + "/cnpj", "O cnpj deve ter 14 caracteres, sem máscara.");
    }

    private static IResult? ValidateEmail(JsonObject customer, string path, bool required)
    {
        if (!JsonFields.Has(customer, "email"))
        {
            return required ? ChargesErrors.Required(path + "/email") : null;
        }

        var email = JsonFields.String(customer, "email") ?? string.Empty;
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < email.Length - 1 && !email.Contains(' ', StringComparison.Ordinal)
            ? null
            : ChargesErrors.Validation(path + "/email", "O email informado é inválido.");
    }

    private static IResult? ValidatePhone(JsonObject customer, string path, bool required)
    {
        if (!JsonFields.Has(customer, "phone_number"))
        {
            return required ? ChargesErrors.Required(path + "/phone_number") : null;
        }

        var phone = JsonFields.String(customer, "phone_number") ?? string.Empty;
        return phone.Length is 10 or 11 && phone.All(char.IsAsciiDigit)
            ? null
            : ChargesErrors.Validation(
                path + "/phone_number", "O phone_number deve ter 10 ou 11 dígitos (DDD e número), sem máscara.");
    }

    private static IResult? ValidateBirth(JsonObject customer, string path)
    {
        if (!JsonFields.Has(customer, "birth"))
        {
            return null;
        }

        return TryParseDate(JsonFields.String(customer, "birth"), out _)
            ? null
            : ChargesErrors.Validation(path + "/birth", "A data de nascimento deve estar no formato YYYY-MM-DD.");
    }
}
