using Mediator;

namespace Conexa.Application.Payments.HandlePixPayment;

/// <summary>EFI's Pix callback: the txids reported as paid, each confirmed by reading the charge back.</summary>
public sealed record HandlePixPaymentCommand(IReadOnlyList<string> Txids) : ICommand;
