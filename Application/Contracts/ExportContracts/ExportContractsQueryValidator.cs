using Conexa.Application.Contracts.Shared;
using FluentValidation;

namespace Conexa.Application.Contracts.ExportContracts;

public sealed class ExportContractsQueryValidator : ContractFilterValidator<ExportContractsQuery>
{
    public ExportContractsQueryValidator()
    {
        RuleFor(q => q.Format)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Informe o formato do arquivo: format=xlsx (planilha) ou format=pdf.")
            .Must(format => ContractExport.TryGetFileType(format, out _))
            .WithMessage("format inválido: use xlsx ou pdf.");
    }
}
