namespace Conexa.Domain.Contracts;

public enum SignatureStatus
{
    NotRequested,
    Sent,
    Signed,
    Cancelled,
}
