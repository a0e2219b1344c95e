using Mediator;

namespace Conexa.Application.Checkouts.SubmitCheckout;

/// <summary>A customer's submission of a plan's public form, identified by its Idempotency-Key header.</summary>
public sealed record SubmitCheckoutCommand(
    string LinkToken,
    string? IdempotencyKey,
    CustomerInput? Customer,
    LinkedPersonInput? LinkedPerson,
    PaymentInput? Payment,
    IReadOnlyList<Guid>? AttachmentIds,
    bool AcceptedTerms) : ICommand<SubmitCheckoutResult>;
