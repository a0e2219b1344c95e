using FluentValidation;

namespace Conexa.Application.Payments.HandleEfiNotification;

public sealed class HandleEfiNotificationCommandValidator : AbstractValidator<HandleEfiNotificationCommand>
{
    public HandleEfiNotificationCommandValidator()
    {
        RuleFor(c => c.Token)
            .NotEmpty().WithMessage("The notification token is missing; send it as the form field 'notification'.")
            .MaximumLength(200)
            .Matches("^[A-Za-z0-9_-]+$").WithMessage("The notification token may contain only letters, digits, '-' and '_'.")
            .OverridePropertyName("notification");
    }
}
