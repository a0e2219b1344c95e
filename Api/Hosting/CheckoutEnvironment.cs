using Conexa.Application.Common.Interfaces;

namespace Conexa.Api.Hosting;

internal sealed class CheckoutEnvironment(bool isSandbox) : ICheckoutEnvironment
{
    public bool IsSandbox { get; } = isSandbox;

    public string CardTokenizer => IsSandbox ? "sandbox" : "efi";
}
