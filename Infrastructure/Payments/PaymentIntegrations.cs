using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;

namespace Conexa.Infrastructure.Payments;

/// <summary>
/// EFI is active whenever the API runs, because start-up fails without its credentials or the sandbox.
/// Banco Inter is active when Inter:ClientId is set (the sandbox sets it in Development).
/// </summary>
internal sealed class PaymentIntegrations(bool interConfigured) : IPaymentIntegrations
{
    public bool IsActive(PaymentProvider provider) => provider switch
    {
        PaymentProvider.Efi => true,
        PaymentProvider.Inter => interConfigured,
        _ => false,
    };
}
