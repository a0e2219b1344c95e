namespace Conexa.Sandbox.Hosting;

/// <summary>
/// Base address of the running sandbox. It is set once Kestrel has bound its port.
/// </summary>
internal sealed class SandboxAddress
{
    private Uri? baseAddress;

    public Uri BaseAddress =>
        baseAddress ?? throw new InvalidOperationException("The sandbox has not bound its port yet.");

    /// <summary>"host:port", the base address without the scheme, as Pix locations are written.</summary>
    public string Authority => BaseAddress.Authority;

    public void Set(Uri address) => baseAddress = address;

    public string Absolute(string relativePath) => new Uri(BaseAddress, relativePath).ToString();
}
