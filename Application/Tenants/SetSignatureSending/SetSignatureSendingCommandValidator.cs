using FluentValidation;

namespace Conexa.Application.Tenants.SetSignatureSending;

public sealed class SetSignatureSendingCommandValidator : AbstractValidator<SetSignatureSendingCommand>
{
    public SetSignatureSendingCommandValidator()
    {
        RuleFor(c => c.SendsContractsForSignature).NotNull().WithMessage("Informe true ou false.");
    }
}
