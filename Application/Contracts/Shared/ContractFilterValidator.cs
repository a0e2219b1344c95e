using Conexa.Application.Common.Text;
using Conexa.Domain.Contracts;
using Conexa.Domain.Customers;
using FluentValidation;

namespace Conexa.Application.Contracts.Shared;

/// <summary>Rules of the report filters, shared by the list and the export.</summary>
public abstract class ContractFilterValidator<T> : AbstractValidator<T>
    where T : IContractFilterParameters
{
    protected ContractFilterValidator()
    {
        RuleFor(q => q.RegisteredBy)
            .Must(BeEmptyOr<RegisteredBy>)
            .WithMessage("registeredBy inválido: use um valor só, entre onlineContracting, manual e import.");
        RuleFor(q => q.Status)
            .Must(BeEmptyOr<ContractStatus>)
            .WithMessage("status inválido: use um valor só, entre awaitingPayment, active, suspended, terminated e cancelled.");
        RuleFor(q => q.PlanId)
            .Must(text => string.IsNullOrEmpty(text) || Guid.TryParse(text, out _))
            .WithMessage("planId inválido: informe o identificador (GUID) de um plano.");
        RuleFor(q => q.UnitId)
            .Must(text => string.IsNullOrEmpty(text) || Guid.TryParse(text, out _))
            .WithMessage("unitId inválido: informe o identificador (GUID) de uma unidade.");
        RuleFor(q => q.From)
            .Must(BeEmptyOrDate)
            .WithMessage(q => IsoDateText.Problem("from", q.From!));
        RuleFor(q => q.To)
            .Must(BeEmptyOrDate)
            .WithMessage(q => IsoDateText.Problem("to", q.To!));
        RuleFor(q => q.To)
            .Must((q, to) => !ContractFilter.TryParseDate(q.From, out var from) || !ContractFilter.TryParseDate(to, out var end) || from <= end)
            .WithMessage("A data final (to) é anterior à inicial (from): troque as datas ou apague uma delas.");
        RuleFor(q => q.Search)
            .MaximumLength(ContractFilter.SearchMaxLength)
            .WithMessage($"search deve ter no máximo {ContractFilter.SearchMaxLength} caracteres: busque por parte do nome ou do e-mail, ou pelo CPF/CNPJ inteiro.");
        RuleFor(q => q.Sort)
            .Must(text => ContractSort.TryParse(text, out _))
            .WithMessage("sort inválido: use startDate, customerName ou monthlyPrice, com \"-\" na frente para ordem decrescente.");
    }

    private static bool BeEmptyOr<TEnum>(string? text)
        where TEnum : struct, Enum =>
        string.IsNullOrEmpty(text) || ContractFilter.TryParseEnum<TEnum>(text, out _);

    private static bool BeEmptyOrDate(string? text) =>
        string.IsNullOrEmpty(text) || ContractFilter.TryParseDate(text, out _);
}
