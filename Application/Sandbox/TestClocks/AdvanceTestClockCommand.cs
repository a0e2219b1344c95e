using Conexa.Application.Common.Interfaces;
using FluentValidation;
using Mediator;

namespace Conexa.Application.Sandbox.TestClocks;

/// <summary>Moves the caller's tenant's test clock forward to <see cref="To"/>, running the time-driven work on the way.</summary>
public sealed record AdvanceTestClockCommand(string? To) : ICommand<TestClockAdvanceDto>;

public sealed class AdvanceTestClockCommandValidator : AbstractValidator<AdvanceTestClockCommand>
{
    public AdvanceTestClockCommandValidator()
    {
        RuleFor(c => c.To)
            .Must(text => IsoInstant.TryParse(text, out _))
            .WithMessage("Informe to no formato ISO 8601 com fuso, por exemplo 2027-07-31T15:00:00-03:00.");
    }
}

public sealed class AdvanceTestClockCommandHandler(ICurrentUser user, TestClockAdvancer advancer) : ICommandHandler<AdvanceTestClockCommand, TestClockAdvanceDto>
{
    public async ValueTask<TestClockAdvanceDto> Handle(AdvanceTestClockCommand command, CancellationToken cancellationToken) =>
        await advancer.AdvanceAsync(user.TenantId, IsoInstant.Parse(command.To!), $"user:{user.UserId}", cancellationToken);
}
