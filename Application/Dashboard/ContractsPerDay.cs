using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Customers;
using Conexa.Domain.Plans;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Dashboard;

/// <summary>Counts the contracts started on each of the last <paramref name="Days"/> days, today included, in the tenant's time zone.</summary>
public sealed record GetContractsPerDayQuery(int Days) : IQuery<ContractsPerDayDto>
{
    public const int MaxDays = 366;
}

/// <summary>One entry per day from <paramref name="From"/> to <paramref name="To"/>, both inclusive, oldest first.</summary>
public sealed record ContractsPerDayDto(DateOnly From, DateOnly To, IReadOnlyList<ContractDayDto> Days);

/// <summary>
/// The contracts started on <paramref name="Date"/>, counted by origin (<paramref name="ByRegisteredBy"/>,
/// keyed onlineContracting, manual, import) and by the first charge's method (<paramref name="ByPaymentMethod"/>,
/// keyed pix, card, boleto). Every key is present, with zero when nothing matched.
/// </summary>
public sealed record ContractDayDto(
    DateOnly Date,
    int Total,
    IReadOnlyDictionary<string, int> ByRegisteredBy,
    IReadOnlyDictionary<string, int> ByPaymentMethod);

public sealed class GetContractsPerDayQueryValidator : AbstractValidator<GetContractsPerDayQuery>
{
    public GetContractsPerDayQueryValidator()
    {
        RuleFor(q => q.Days)
            .InclusiveBetween(1, GetContractsPerDayQuery.MaxDays)
            .WithMessage($"days inválido: use um número inteiro de 1 a {GetContractsPerDayQuery.MaxDays}.");
    }
}

public sealed class GetContractsPerDayQueryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetContractsPerDayQuery, ContractsPerDayDto>
{
    public async ValueTask<ContractsPerDayDto> Handle(GetContractsPerDayQuery query, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        var today = tenant.LocalDate(tenant.Now(clock));
        var from = today.AddDays(1 - query.Days);

        // Contract.StartDate is already the contracting date in the tenant's time zone.
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.TenantId == tenant.Id && c.StartDate >= from && c.StartDate <= today)
            .Select(c => new { c.StartDate, c.RegisteredBy, c.PaymentOption.Method })
            .ToListAsync(cancellationToken);
        var byDate = contracts.ToLookup(c => c.StartDate);

        var days = Enumerable.Range(0, query.Days)
            .Select(offset => from.AddDays(offset))
            .Select(date => new ContractDayDto(
                date,
                byDate[date].Count(),
                Enum.GetValues<RegisteredBy>().ToDictionary(Key, origin => byDate[date].Count(c => c.RegisteredBy == origin)),
                Enum.GetValues<PaymentMethod>().ToDictionary(Key, method => byDate[date].Count(c => c.Method == method))))
            .ToList();
        return new ContractsPerDayDto(from, today, days);
    }

    private static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
