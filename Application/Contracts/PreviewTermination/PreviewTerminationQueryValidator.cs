using FluentValidation;

namespace Conexa.Application.Contracts.PreviewTermination;

public sealed class PreviewTerminationQueryValidator : AbstractValidator<PreviewTerminationQuery>
{
    public PreviewTerminationQueryValidator()
    {
        RuleFor(q => q.EndDate).NotNull().WithMessage("Informe endDate, o último dia de uso, no formato AAAA-MM-DD.");
    }
}
