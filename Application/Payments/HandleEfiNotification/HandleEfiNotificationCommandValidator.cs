using FluentValidation;

namespace Conexa.Application.Payments.HandleEfiNotification;

public sealed class HandleEfiNotificationCommandValidator : AbstractValidator<HandleEfiNotificationCommand>
{
    public HandleEfiNotificationCommandValidator()
    {
        RuleFor(c => c.Token)
            .NotEmpty().WithMessage("O token da notificação está ausente. Envie-o no campo de formulário 'notification'.")
            .MaximumLength(200)
            .Matches("^[A-Za-z0-9_-]+$").WithMessage("Token da notificação inválido: use apenas letras, dígitos, '-' e '_'.")
            .OverridePropertyName("notification");
    }
}
