using Mediator;

namespace Conexa.Application.Contracts.RecordManualPayment;

/// <summary>
/// Records that the unit received a charge's payment outside the payment providers, such as cash or a bank transfer.
/// <paramref name="PaidOn"/> is the day the money arrived, in the tenant's time zone (today when null);
/// <paramref name="Note"/>, optional, goes to the contract's history.
/// </summary>
public sealed record RecordManualPaymentCommand(Guid ContractId, Guid ChargeId, DateOnly? PaidOn, string? Note) : ICommand;
