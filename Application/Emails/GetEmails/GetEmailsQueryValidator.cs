using FluentValidation;

namespace Conexa.Application.Emails.GetEmails;

public sealed class GetEmailsQueryValidator : AbstractValidator<GetEmailsQuery>
{
    /// <summary>The most e-mails one request lists.</summary>
    public const int MaxLimit = 500;

    /// <summary>The longest search text.</summary>
    public const int MaxSearchLength = 200;

    public GetEmailsQueryValidator()
    {
        RuleFor(q => q.Limit)
            .InclusiveBetween(1, MaxLimit)
            .WithMessage($"limit deve ser um número de 1 a {MaxLimit}; sem ele, a lista traz os 100 e-mails mais recentes.");
        RuleFor(q => q.Search)
            .MaximumLength(MaxSearchLength)
            .WithMessage($"search deve ter no máximo {MaxSearchLength} caracteres: busque por parte do e-mail do destinatário ou do assunto.");
    }
}
