using Conexa.Domain.Contracts;

namespace Conexa.Infrastructure.Signatures.D4Sign;

/// <summary>
/// What D4Sign's document statusId means for the contract: 4 (Finalizado) and 5 (Arquivado, which only a
/// finished document reaches) are signed, 6 (Cancelado) is cancelled. 1 to 3 are still in progress, and any
/// other id, such as 7 (Editando) in some third-party mappings, is treated as in progress.
/// </summary>
internal static class D4SignStatuses
{
    public static SignatureStatus? OutcomeOf(int statusId) => statusId switch
    {
        4 or 5 => SignatureStatus.Signed,
        6 => SignatureStatus.Cancelled,
        _ => null,
    };
}
