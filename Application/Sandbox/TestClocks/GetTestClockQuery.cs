using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Tenants;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Conexa.Application.Sandbox.TestClocks;

public sealed record GetTestClockQuery : IQuery<TestClockDto>;

public sealed class GetTestClockQueryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetTestClockQuery, TestClockDto>
{
    public async ValueTask<TestClockDto> Handle(GetTestClockQuery query, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == user.TenantId, cancellationToken);
        return ToDto(tenant, clock);
    }

    internal static TestClockDto ToDto(Tenant tenant, TimeProvider clock)
    {
        var now = tenant.Now(clock);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZoneId);
        return new TestClockDto(tenant.TestClockInstant is not null, TimeZoneInfo.ConvertTime(now, zone), tenant.LocalDate(now), tenant.TimeZoneId);
    }
}
