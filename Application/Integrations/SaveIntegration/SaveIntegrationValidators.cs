using Conexa.Application.Integrations.Shared;
using FluentValidation;

namespace Conexa.Application.Integrations.SaveIntegration;

/// <summary>Rules shared by every provider's credentials.</summary>
internal static class CredentialRules
{
    /// <summary>Rejects control characters (line breaks, NUL), which no provider's ids or secrets contain.</summary>
    public static IRuleBuilderOptions<T, string?> PrintableOnly<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || !value.Any(char.IsControl))
            .WithMessage("Remova quebras de linha e outros caracteres de controle: copie o valor de novo do portal do provedor.");
}

public sealed class SaveEfiCredentialsCommandValidator : AbstractValidator<SaveEfiCredentialsCommand>
{
    public SaveEfiCredentialsCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ClientId).NotEmpty().WithMessage("Informe o Client_Id da aplicação EFI.").MaximumLength(200).PrintableOnly();
        RuleFor(c => c.ClientSecret).NotEmpty().WithMessage("Informe o Client_Secret da aplicação EFI.").MaximumLength(200).PrintableOnly();
        RuleFor(c => c.PixKey).NotEmpty().WithMessage("Informe a chave Pix da conta EFI que recebe os pagamentos.").MaximumLength(77).PrintableOnly();
        RuleFor(c => c.CertificatePassword).MaximumLength(200);
        RuleFor(c => c.CertificateBase64)
            .Must((command, base64) => ClientCertificateCheck.ProblemWithPkcs12(base64, command.CertificatePassword, clock.GetUtcNow()) is null)
            .WithMessage(command => ClientCertificateCheck.ProblemWithPkcs12(command.CertificateBase64, command.CertificatePassword, clock.GetUtcNow()));
        RuleFor(c => c.Methods)
            .Must(methods => methods is null || (methods.Count > 0 && methods.All(m => IntegrationProvider.Efi.OfferedMethods().Contains(m))))
            .WithMessage("Escolha ao menos uma forma de pagamento entre pix, card e boleto.");
    }
}

public sealed class SaveInterCredentialsCommandValidator : AbstractValidator<SaveInterCredentialsCommand>
{
    public SaveInterCredentialsCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ClientId).NotEmpty().WithMessage("Informe o Client ID da integração do Banco Inter.").MaximumLength(200).PrintableOnly();
        RuleFor(c => c.ClientSecret).NotEmpty().WithMessage("Informe o Client Secret da integração do Banco Inter.").MaximumLength(200).PrintableOnly();
        RuleFor(c => c.AccountNumber).MaximumLength(20).Matches("^[0-9]*$").WithMessage("Informe o número da conta corrente só com dígitos.");
        RuleFor(c => c.CertificatePassword).MaximumLength(200);
        RuleFor(c => c.CertificateBase64)
            .NotEmpty()
            .When(c => string.IsNullOrWhiteSpace(c.CertificatePem) && string.IsNullOrWhiteSpace(c.PrivateKeyPem))
            .WithMessage("Envie o certificado da integração: o arquivo .pfx em base64, ou o .crt e o .key em PEM.");
        RuleFor(c => c.CertificateBase64)
            .Must((command, base64) => ClientCertificateCheck.ProblemWithPkcs12(base64, command.CertificatePassword, clock.GetUtcNow()) is null)
            .WithMessage(command => ClientCertificateCheck.ProblemWithPkcs12(command.CertificateBase64, command.CertificatePassword, clock.GetUtcNow()));
        RuleFor(c => c.CertificatePem)
            .NotEmpty()
            .When(c => string.IsNullOrWhiteSpace(c.CertificateBase64) && !string.IsNullOrWhiteSpace(c.PrivateKeyPem))
            .WithMessage("Envie o certificado (.crt) em PEM junto com a chave.");
        RuleFor(c => c.PrivateKeyPem)
            .NotEmpty()
            .When(c => string.IsNullOrWhiteSpace(c.CertificateBase64) && !string.IsNullOrWhiteSpace(c.CertificatePem))
            .WithMessage("Envie a chave (.key) em PEM junto com o certificado.");
        RuleFor(c => c.PrivateKeyPem)
            .Must((command, key) => ClientCertificateCheck.ProblemWithPem(command.CertificatePem, key, clock.GetUtcNow()) is null)
            .When(c => string.IsNullOrWhiteSpace(c.CertificateBase64) && !string.IsNullOrWhiteSpace(c.CertificatePem) && !string.IsNullOrWhiteSpace(c.PrivateKeyPem))
            .WithMessage(command => ClientCertificateCheck.ProblemWithPem(command.CertificatePem, command.PrivateKeyPem, clock.GetUtcNow()));
    }
}

public sealed class SaveD4SignCredentialsCommandValidator : AbstractValidator<SaveD4SignCredentialsCommand>
{
    public SaveD4SignCredentialsCommandValidator()
    {
        RuleFor(c => c.TokenApi).NotEmpty().WithMessage("Informe o tokenAPI da conta D4Sign.").MaximumLength(200).PrintableOnly();
        RuleFor(c => c.CryptKey).NotEmpty().WithMessage("Informe o cryptKey da conta D4Sign.").MaximumLength(200).PrintableOnly();
        RuleFor(c => c.HmacSecret).NotEmpty().WithMessage("Informe a Secret Key MAC da conta D4Sign, que assina os retornos.").MaximumLength(200).PrintableOnly();
        RuleFor(c => c.SafeUuid)
            .Must(value => string.IsNullOrEmpty(value) || Guid.TryParseExact(value, "D", out _))
            .WithMessage("Informe o UUID do cofre como a D4Sign o mostra, por exemplo 9a0b1c2d-3e4f-5a6b-7c8d-9e0f1a2b3c4d, ou deixe em branco para usar o primeiro cofre.");
    }
}
