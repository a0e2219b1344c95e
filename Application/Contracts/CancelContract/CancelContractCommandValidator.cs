using Conexa.Application.Common.Text;
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
            .Must(reason => reason is null || !HistoryText.HasHiddenCharacters(reason))
            .WithMessage("O motivo contém caracteres de controle ou de direção do texto. Escreva-o só com texto comum.");
    }
}
