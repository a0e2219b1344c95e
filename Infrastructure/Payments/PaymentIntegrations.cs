using Conexa.Application.Common.Interfaces;
using Conexa.Domain.Plans;

namespace Conexa.Infrastructure.Payments;

/// <summary>
/// EFI is active whenever the API runs, because start-up fails without its credentials or the sandbox.
/// Banco Inter has no adapter yet, so its boleto is never active.
/// </summary>
internal sealed class PaymentIntegrations : IPaymentIntegrations
{
    public bool IsActive(PaymentProvider provider) => provider == PaymentProvider.Efi;
}
