namespace Conexa.FunctionalTests.Reliability.BadInput;

/// <summary>How a JSON field is mutated: each kind gets only the values that are invalid for it.</summary>
public enum FieldKind
{
    /// <summary>Free text such as a name or street: quotes and angle brackets are valid, invisible characters are not.</summary>
    Text,

    /// <summary>A value with a fixed format (e-mail, CPF, UF, method): injection strings and emoji are invalid too.</summary>
    Code,

    /// <summary>A CPF or CNPJ, which also gets wrong check digits and wrong lengths.</summary>
    Document,

    /// <summary>A date as YYYY-MM-DD.</summary>
    Date,

    /// <summary>Any string whose content the API cannot judge (a card token, a password): only types and sizes are mutated.</summary>
    Opaque,

    Boolean,

    GuidArray,

    Object,
}
