using Conexa.Application.Common.Text;
using FluentValidation;

namespace Conexa.Application.Contracts.RecordManualPayment;

public sealed class RecordManualPaymentCommandValidator : AbstractValidator<RecordManualPaymentCommand>
{
    /// <summary>The longest note the history keeps.</summary>
    public const int MaxNoteLength = 500;

    public RecordManualPaymentCommandValidator()
    {
        RuleFor(c => c.Note)
            .MaximumLength(MaxNoteLength)
            .WithMessage($"A observação passa de {MaxNoteLength} caracteres. Resuma-a.")
            .Must(note => note is null || !HistoryText.HasHiddenCharacters(note))
            .WithMessage("A observação contém caracteres de controle ou de direção do texto. Escreva-a só com texto comum.");
    }
}
