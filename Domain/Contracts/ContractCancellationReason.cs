namespace Conexa.Domain.Contracts;

/// <summary>Why a contract was cancelled before its first payment.</summary>
public enum ContractCancellationReason
{
    /// <summary>The first payment did not arrive before the tenant's write-off period ended.</summary>
    FirstPaymentMissed,

    /// <summary>The operator cancelled the contracting while it awaited its first payment.</summary>
    ByOperator,
}
