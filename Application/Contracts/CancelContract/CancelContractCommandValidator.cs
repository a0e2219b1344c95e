using FluentValidation;

namespace Conexa.Application.Contracts.CancelContract;

public sealed class CancelContractCommandValidator : AbstractValidator<CancelContractCommand>
{
    /// <summary>The longest reason the history keeps.</summary>
    public const int MaxReasonLength = 500;

    public CancelContractCommandValidator()
    {
        RuleFor(c => c.Reason)
            .MaximumLength(MaxReasonLength)
            .WithMessage($"O motivo passa de {MaxReasonLength} caracteres. Resuma-o.")
            .Must(reason => reason is null || !reason.Any(IsHidden))
            .WithMessage("O motivo contém caracteres de controle ou de direção do texto. Escreva-o só com texto comum.");
    }

    /// <summary>
    /// Tells whether a character would hide or reorder text in the history: control characters other than line breaks
    /// and tabs, and the Unicode marks that override the text direction.
    /// </summary>
    private static bool IsHidden(char character) =>
        (char.IsControl(character) && character is not ('\n' or '\r' or '\t'))
        || character is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
