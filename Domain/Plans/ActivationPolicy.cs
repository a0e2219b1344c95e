namespace Conexa.Domain.Plans;

/// <summary>When a new contract, and the customer's access, become active.</summary>
public enum ActivationPolicy
{
    AfterFirstPayment,
    Immediate,
}
