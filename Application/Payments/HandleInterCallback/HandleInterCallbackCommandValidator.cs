using FluentValidation;

namespace Conexa.Application.Payments.HandleInterCallback;

public sealed class HandleInterCallbackCommandValidator : AbstractValidator<HandleInterCallbackCommand>
{
    /// <summary>Upper bound on the items of one delivery, because Inter does not document how many it batches.</summary>
    public const int MaxItems = 500;

    public HandleInterCallbackCommandValidator()
    {
        RuleFor(c => c.CodigosSolicitacao)
            .NotEmpty().WithMessage("The callback lists no boleto; send a JSON array of items with codigoSolicitacao.")
            .Must(ids => ids.Count <= MaxItems).WithMessage($"A callback may list at most {MaxItems} boletos.")
            .OverridePropertyName("codigoSolicitacao");
        RuleForEach(c => c.CodigosSolicitacao)
            .Must(id => Guid.TryParse(id, out _)).WithMessage("Each codigoSolicitacao must be a UUID.")
            .OverridePropertyName("codigoSolicitacao");
    }
}
