using Conexa.Application.Common.Interfaces;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Conexa.Application.ClientArea;

/// <summary>Sets a client-area password with the token of an invitation e-mail.</summary>
public sealed record SetClientPasswordCommand(string? Email, string? Token, string? Password) : ICommand;

public sealed class SetClientPasswordCommandValidator : AbstractValidator<SetClientPasswordCommand>
{
    public SetClientPasswordCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Informe o e-mail do convite.");
        RuleFor(c => c.Token).NotEmpty().WithMessage("O link do convite está incompleto. Abra de novo o link do e-mail.");
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage("Informe a nova senha.")
            .Must(password => password!.Length >= 8 && password.Any(char.IsLetter) && password.Any(char.IsDigit))
            .WithMessage("A senha deve ter pelo menos 8 caracteres, com letras e números.")
            .MaximumLength(128).WithMessage("A senha deve ter no máximo 128 caracteres.")
            .When(c => !string.IsNullOrEmpty(c.Password));
    }
}

public sealed class SetClientPasswordCommandHandler(IClientAreaAccounts accounts) : ICommandHandler<SetClientPasswordCommand>
{
    public async ValueTask<Mediator.Unit> Handle(SetClientPasswordCommand command, CancellationToken cancellationToken)
    {
        if (!await accounts.SetPasswordAsync(command.Email!.Trim(), command.Token!, command.Password!, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(
                nameof(command.Token),
                "Link inválido, já usado ou expirado. Peça um novo em \"Esqueci minha senha\", na entrada da Área do Cliente, ou ao estabelecimento.")]);
        }

        return Mediator.Unit.Value;
    }
}
