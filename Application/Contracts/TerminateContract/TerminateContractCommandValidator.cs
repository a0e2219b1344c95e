using FluentValidation;

namespace Conexa.Application.Contracts.TerminateContract;

public sealed class TerminateContractCommandValidator : AbstractValidator<TerminateContractCommand>
{
    public TerminateContractCommandValidator()
    {
        RuleFor(c => c.EndDate).NotNull().WithMessage("Informe endDate, o último dia de uso, no formato AAAA-MM-DD.");
    }
}
