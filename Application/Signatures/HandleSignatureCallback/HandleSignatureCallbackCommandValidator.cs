using FluentValidation;

namespace Conexa.Application.Signatures.HandleSignatureCallback;

public sealed class HandleSignatureCallbackCommandValidator : AbstractValidator<HandleSignatureCallbackCommand>
{
    public HandleSignatureCallbackCommandValidator()
    {
        RuleFor(c => c.DocumentId).NotEmpty().MaximumLength(64).OverridePropertyName("uuid");
        RuleFor(c => c.EventType).NotEmpty().MaximumLength(8).OverridePropertyName("type_post");
        RuleFor(c => c.Email).MaximumLength(254).OverridePropertyName("email");
    }
}
