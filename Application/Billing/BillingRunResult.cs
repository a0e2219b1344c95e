namespace Conexa.Application.Billing;

public sealed record BillingRunResult(int ContractsChecked, int ChargesCreated);
