namespace Conexa.Application.Common.Interfaces;

/// <summary>Encrypts values that must be stored but never read by people, such as a reusable card token.</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedValue);
}
