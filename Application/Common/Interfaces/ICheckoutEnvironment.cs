namespace Conexa.Application.Common.Interfaces;

/// <summary>How this installation takes payments: with the local sandboxes or with the real providers.</summary>
public interface ICheckoutEnvironment
{
    /// <summary>True when the providers are the local sandboxes, so the checkout page may offer test actions.</summary>
    bool IsSandbox { get; }

    /// <summary>Who turns card data into a token in the browser: "sandbox" or "efi".</summary>
    string CardTokenizer { get; }
}
