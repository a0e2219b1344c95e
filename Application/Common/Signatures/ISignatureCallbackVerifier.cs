namespace Conexa.Application.Common.Signatures;

/// <summary>Checks that a signature callback came from the provider.</summary>
public interface ISignatureCallbackVerifier
{
    /// <summary>Returns whether <paramref name="signatureHeader"/> is the provider's signature of <paramref name="documentId"/>.</summary>
    bool IsAuthentic(string documentId, string? signatureHeader);
}
