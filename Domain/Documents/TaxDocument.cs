using System.Diagnostics.CodeAnalysis;

namespace Conexa.Domain.Documents;

/// <summary>
/// A Brazilian taxpayer number, stored normalised: 11 digits for a CPF, 14 upper-case characters for a
/// CNPJ. CNPJs issued from July 2026 may carry letters in their first 12 characters; the last two are
/// always numeric check digits.
/// </summary>
public sealed record TaxDocument
{
    private TaxDocument(DocumentKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public DocumentKind Kind { get; }

    /// <summary>The normalised number, without mask.</summary>
    public string Value { get; }

    /// <summary>The number with its usual mask: 000.000.000-00 or 00.000.000/0000-00.</summary>
    public string Formatted => Kind == DocumentKind.Cpf
        ? $"{Value[..3]}.{Value[3..6]}.{Value[6..9]}-{Value[9..]}"
        : $"{Value[..2]}.{Value[2..5]}.{Value[5..8]}/{Value[8..12]}-{Value[12..]}";

    /// <summary>
    /// The number with six digits shown and the check digits hidden, safe for logs: ***.982.247-** or **.222.333/****-**.
    /// Shown, the check digits would narrow a CNPJ of a head office (branch 0001) down to a handful of candidates.
    /// </summary>
    public string Masked => Kind == DocumentKind.Cpf
        ? $"***.{Value[3..6]}.{Value[6..9]}-**"
        : $"**.{Value[2..5]}.{Value[5..8]}/****-**";

    public static TaxDocument Parse(string input, DocumentKind kind)
    {
        if (!TryParse(input, kind, out var document))
        {
            throw new FormatException($"The value is not a valid {kind.ToString().ToUpperInvariant()}.");
        }

        return document;
    }

    public static bool TryParse(string? input, DocumentKind kind, [NotNullWhen(true)] out TaxDocument? document)
    {
        document = null;
        var normalised = Normalise(input);
        var valid = kind == DocumentKind.Cpf ? Cpf.IsValid(normalised) : Cnpj.IsValid(normalised);
        if (valid)
        {
            document = new TaxDocument(kind, normalised);
        }

        return valid;
    }

    /// <summary>Returns the placeholder that replaces a document erased at the holder's request: all zeros.</summary>
    public static TaxDocument Anonymised(DocumentKind kind) =>
        new(kind, new string('0', kind == DocumentKind.Cpf ? Cpf.Length : Cnpj.Length));

    /// <summary>Rebuilds a document read back from storage, where it was validated on the way in.</summary>
    public static TaxDocument FromStored(string value) =>
        new(value.Length == Cpf.Length ? DocumentKind.Cpf : DocumentKind.Cnpj, value);

    private static string Normalise(string? input)
    {
        if (input is null)
        {
            return string.Empty;
        }

        var characters = input
            .Where(c => c is not ('.' or '-' or '/' or ' '))
            .Select(char.ToUpperInvariant);
        return string.Concat(characters);
    }

    public override string ToString() => Masked;
}
