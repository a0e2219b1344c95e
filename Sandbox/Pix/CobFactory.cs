using Conexa.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Conexa.Sandbox.Pix;

/// <summary>
/// Makes a new cob with its loc and BR Code.
/// </summary>
internal sealed class CobFactory(
    CobStore store, SandboxAddress address, TimeProvider timeProvider, IOptions<EfiSandboxOptions> options)
{
    public CobRecord Create(string txid, CobRequest request)
    {
        var locId = store.NextLocId();
        var location = $"{address.Authority}/qr/v2/{Guid.NewGuid():N}";
        var brCode = PixBrCode.Build(location, request.Amount, options.Value.MerchantName, options.Value.MerchantCity);
        return new CobRecord(txid, request, locId, location, timeProvider.GetUtcNow()) { PixCopiaECola = brCode };
    }
}
