using Mediator;

namespace Conexa.Application.Payments.HandlePixPayment;

/// <summary>
/// EFI's Pix callback: the txids reported as paid, each confirmed by reading the charge back. A null txid is a
/// payment received on the Pix key without one, such as a transfer to the key, which no charge of ours expects.
/// </summary>
public sealed record HandlePixPaymentCommand(IReadOnlyList<string?> Txids) : ICommand;
