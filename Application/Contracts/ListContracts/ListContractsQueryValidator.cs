using Conexa.Application.Contracts.Shared;
using FluentValidation;

namespace Conexa.Application.Contracts.ListContracts;

public sealed class ListContractsQueryValidator : ContractFilterValidator<ListContractsQuery>
{
    public ListContractsQueryValidator()
    {
        RuleFor(q => q.Page)
            .Must(text => string.IsNullOrEmpty(text) || (int.TryParse(text, out var page) && page is >= 1 and <= ListContractsQuery.MaxPage))
            .WithMessage($"page inválido: use um número inteiro de 1 a {ListContractsQuery.MaxPage}.");
        RuleFor(q => q.PageSize)
            .Must(text => string.IsNullOrEmpty(text) || (int.TryParse(text, out var size) && size is >= 1 and <= ListContractsQuery.MaxPageSize))
            .WithMessage($"pageSize inválido: use um número inteiro de 1 a {ListContractsQuery.MaxPageSize}.");
    }
}
