using Conexa.Application.Common.Interfaces;
using Microsoft.AspNetCore.DataProtection;

namespace Conexa.Infrastructure.Security;

/// <summary>ASP.NET Data Protection with keys stored in the database, so every API instance can read what another wrote.</summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Conexa.StoredSecrets.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedValue) => _protector.Unprotect(protectedValue);
}
