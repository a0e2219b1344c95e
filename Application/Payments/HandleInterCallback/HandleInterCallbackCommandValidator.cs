using FluentValidation;

namespace Conexa.Application.Payments.HandleInterCallback;

public sealed class HandleInterCallbackCommandValidator : AbstractValidator<HandleInterCallbackCommand>
{
    /// <summary>Upper bound on the items of one delivery, because Inter does not document how many it batches.</summary>
    public const int MaxItems = 500;

    public HandleInterCallbackCommandValidator()
    {
        RuleFor(c => c.CodigosSolicitacao)
            .NotEmpty().WithMessage("O callback não lista nenhum boleto. Envie uma lista JSON de itens com codigoSolicitacao.")
            .Must(ids => ids.Count <= MaxItems).WithMessage($"Um callback pode listar no máximo {MaxItems} boletos.")
            .OverridePropertyName("codigoSolicitacao");
        RuleForEach(c => c.CodigosSolicitacao)
            .Must(id => Guid.TryParse(id, out _)).WithMessage("codigoSolicitacao inválido: cada item deve trazer um UUID.")
            .OverridePropertyName("codigoSolicitacao");
    }
}
