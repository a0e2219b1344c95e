namespace Conexa.Application.Payments.Reconciliation;

/// <summary>The outcome of one reconciliation run: charges read from the provider, and how many of them changed.</summary>
public sealed record ReconciliationResult(int ChargesChecked, int ChargesChanged);
