using Conexa.Application.Attachments.Shared;
using Conexa.Application.Checkouts.Shared;
using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Checkouts;
using Conexa.Domain.Plans;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conexa.Application.Checkouts.SubmitCheckout;

/// <summary>
/// Checks a checkout against the fixed rules (name, e-mail and CPF/CNPJ always required) and against the
/// plan's form: which optional fields are required, which payment options exist, the address that
/// Inter boleto needs, and the uploaded files. Messages are in pt-BR because the customer reads them.
/// </summary>
public sealed class SubmitCheckoutCommandValidator : AbstractValidator<SubmitCheckoutCommand>
{
    private const string AttachmentsField = "attachmentIds";

    // The validators of the body's parts read nothing but the body, so one instance of each serves every request
    // (building their rules took about a fifth of this validator's construction per request).
    private static readonly CustomerInputValidator CustomerValidator = new();
    private static readonly LinkedPersonInputValidator LinkedPersonValidator = new();
    private static readonly PaymentInputValidator PaymentValidator = new();

    private readonly IAppDbContext _db;
    private readonly PlanOffers _offers;
    private readonly StorageQuota _quota;
    private readonly AttachmentOptions _attachmentOptions;

    public SubmitCheckoutCommandValidator(IAppDbContext db, PlanOffers offers, StorageQuota quota, IOptions<AttachmentOptions> attachmentOptions)
    {
        _db = db;
        _offers = offers;
        _quota = quota;
        _attachmentOptions = attachmentOptions.Value;

        RuleFor(c => c.IdempotencyKey)
            .NotEmpty().WithMessage("Envie o cabeçalho Idempotency-Key com um identificador único da tentativa (um UUID, por exemplo).")
            .MaximumLength(Checkout.MaxIdempotencyKeyLength).WithMessage("O Idempotency-Key deve ter no máximo 100 caracteres.")
            .Must(key => key is null || !key.Contains(',', StringComparison.Ordinal))
            .WithMessage("Envie um único Idempotency-Key, sem vírgulas: dois cabeçalhos chegam unidos por vírgula.")
            .OverridePropertyName("Idempotency-Key");

        RuleFor(c => c.Customer).NotNull().WithMessage("Informe os dados do cliente.");
        RuleFor(c => c.Customer!).SetValidator(CustomerValidator).When(c => c.Customer is not null);

        RuleFor(c => c.LinkedPerson)
            .NotNull().WithMessage("Informe o responsável pela empresa.")
            .When(c => c.Customer?.Kind == "company");
        RuleFor(c => c.LinkedPerson!)
            .SetValidator(LinkedPersonValidator)
            .When(c => c.Customer?.Kind == "company" && c.LinkedPerson is not null);

        RuleFor(c => c.Payment).NotNull().WithMessage("Escolha a forma de pagamento.");
        RuleFor(c => c.Payment!).SetValidator(PaymentValidator).When(c => c.Payment is not null);

        RuleFor(c => c.AcceptedTerms).Equal(true).WithMessage("É preciso aceitar os termos para contratar.");

        RuleFor(c => c).CustomAsync(ValidateAgainstPlanAsync);
    }

    private async Task ValidateAgainstPlanAsync(SubmitCheckoutCommand command, ValidationContext<SubmitCheckoutCommand> context, CancellationToken cancellationToken)
    {
        var (plan, _) = await _offers.FindAsync(command.LinkToken, cancellationToken);
        if (plan is null || command.Customer is null)
        {
            return;
        }

        var form = plan.Form;
        var customer = command.Customer;
        var method = PaymentChoice.ParseMethod(command.Payment?.Method);
        var provider = PaymentChoice.ParseProvider(command.Payment?.Provider);

        if (method is not null && (command.Payment?.Provider is null || provider is not null)
            && plan.FindPaymentOption(method.Value, provider) is null)
        {
            var offeredBy = plan.PaymentOptions.Where(o => o.Method == method).Select(o => o.Provider.ToString().ToLowerInvariant()).ToList();
            if (provider is null && offeredBy.Count > 1)
            {
                context.AddFailure(
                    "Payment.Provider",
                    $"Este plano oferece esta forma de pagamento por mais de um provedor. Informe payment.provider: {string.Join(" ou ", offeredBy)}.");
            }
            else
            {
                context.AddFailure("Payment.Method", "Esta forma de pagamento não é oferecida por este plano.");
            }
        }

        if (form.Phone.Required && string.IsNullOrWhiteSpace(customer.Phone))
        {
            context.AddFailure("Customer.Phone", "Informe o telefone.");
        }
        else if (method == PaymentMethod.Card && string.IsNullOrWhiteSpace(customer.Phone))
        {
            // EFI rejects a card charge without the payer's phone, so the card would be declined for it.
            context.AddFailure("Customer.Phone", "O pagamento com cartão exige o telefone, com DDD. Informe-o ou escolha outra forma de pagamento.");
        }

        if (form.Password.Required && string.IsNullOrEmpty(customer.Password))
        {
            context.AddFailure("Customer.Password", "Crie uma senha para acessar a área do cliente.");
        }

        if (!form.Password.Enabled && !string.IsNullOrEmpty(customer.Password))
        {
            // Dropping it would leave the customer believing a login exists.
            context.AddFailure(
                "Customer.Password",
                "Este plano não cria acesso à área do cliente na contratação, então a senha não seria usada. Envie sem customer.password; o estabelecimento pode convidar você depois.");
        }

        var interBoleto = method == PaymentMethod.Boleto && provider == PaymentProvider.Inter;
        if ((form.Address.Required || interBoleto) && customer.Address is null)
        {
            var reason = interBoleto ? "O boleto Banco Inter exige o endereço completo." : "Informe o endereço.";
            foreach (var field in AddressInputValidator.RequiredFields)
            {
                context.AddFailure($"Customer.Address.{field}", reason);
            }
        }

        await ValidateAttachmentsAsync(command, plan, context, cancellationToken);
    }

    /// <summary>
    /// Checks that the form takes files, that a required file is there, and that each id is an unexpired,
    /// unused upload of this plan. A replayed Idempotency-Key skips the ids, because its checkout has bound
    /// them already and the handler compares the whole request instead.
    /// </summary>
    private async Task ValidateAttachmentsAsync(SubmitCheckoutCommand command, Plan plan, ValidationContext<SubmitCheckoutCommand> context, CancellationToken cancellationToken)
    {
        var ids = command.AttachmentIds ?? [];
        var setting = plan.Form.Attachments;
        if (!setting.Enabled)
        {
            if (ids.Count > 0)
            {
                context.AddFailure(AttachmentsField, "Este formulário não aceita anexos; retire os arquivos e envie novamente.");
            }

            return;
        }

        if (ids.Count == 0)
        {
            if (setting.Required)
            {
                context.AddFailure(AttachmentsField, "Envie pelo menos um arquivo.");
            }

            return;
        }

        if (ids.Count > _attachmentOptions.MaxFilesPerCheckout)
        {
            context.AddFailure(AttachmentsField, $"Envie no máximo {_attachmentOptions.MaxFilesPerCheckout} arquivos.");
            return;
        }

        var replayed = command.IdempotencyKey is { } key
            && await _db.Checkouts.AsNoTracking().AnyAsync(c => c.PlanId == plan.Id && c.IdempotencyKey == key, cancellationToken);
        if (replayed)
        {
            return;
        }

        var cutoff = _quota.UnboundCutoff;
        var usable = await _db.Attachments.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.PlanId == plan.Id && a.TenantId == plan.TenantId && a.ContractId == null && a.CreatedAt >= cutoff)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!seen.Add(ids[i]))
            {
                context.AddFailure($"{AttachmentsField}[{i}]", "Este arquivo já está na lista; retire a repetição.");
            }
            else if (!usable.Contains(ids[i]))
            {
                context.AddFailure($"{AttachmentsField}[{i}]", "Arquivo não encontrado, expirado ou já usado em outra contratação. Envie o arquivo novamente.");
            }
        }
    }
}
