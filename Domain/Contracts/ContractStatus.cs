namespace Conexa.Domain.Contracts;

public enum ContractStatus
{
    /// <summary>Created, waiting for the first payment before access opens.</summary>
    AwaitingPayment,
    Active,
    Terminated,

    /// <summary>Access closed because a charge is overdue under the after-first-payment policy; paying reopens it.</summary>
    Suspended,

    /// <summary>Never started: cancelled before its first payment, see <see cref="Contract.CancellationReason"/>.</summary>
    Cancelled,
}
