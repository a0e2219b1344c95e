using Conexa.Domain.Plans;

namespace Conexa.Application.Common.Interfaces;

/// <summary>The payment providers that this installation can charge through.</summary>
public interface IPaymentIntegrations
{
    /// <summary>Returns whether payments through <paramref name="provider"/> can be started.</summary>
    bool IsActive(PaymentProvider provider);
}
