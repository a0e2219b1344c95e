namespace Conexa.Domain.Contracts;

public enum ContractStatus
{
    /// <summary>Created, waiting for the first payment before access opens.</summary>
    AwaitingPayment,
    Active,
    Terminated,
}
