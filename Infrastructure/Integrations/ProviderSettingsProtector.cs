using System.Text.Json;
using Conexa.Application.Integrations.Shared;
using Microsoft.AspNetCore.DataProtection;

namespace Conexa.Infrastructure.Integrations;

/// <summary>
/// Serialises provider settings to JSON and encrypts them with ASP.NET Data Protection, whose key ring is in
/// the database. The purpose string differs from that of other stored secrets, so a card token's ciphertext
/// cannot be passed off as provider settings or the other way round.
/// </summary>
internal sealed class ProviderSettingsProtector(IDataProtectionProvider provider) : IProviderSettingsProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Conexa.ProviderCredentials.v1");

    public string Protect<TSettings>(TSettings settings)
        where TSettings : class =>
        _protector.Protect(JsonSerializer.Serialize(settings));

    public TSettings Unprotect<TSettings>(string protectedSettings)
        where TSettings : class =>
        JsonSerializer.Deserialize<TSettings>(_protector.Unprotect(protectedSettings))
            ?? throw new JsonException($"The stored {typeof(TSettings).Name} are empty.");
}
