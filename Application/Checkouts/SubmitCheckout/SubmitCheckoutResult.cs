using Conexa.Application.Checkouts.Shared;

namespace Conexa.Application.Checkouts.SubmitCheckout;

/// <summary>The checkout's state, and whether this request created it (false for a replayed key).</summary>
public sealed record SubmitCheckoutResult(CheckoutResultDto Checkout, bool Created);
