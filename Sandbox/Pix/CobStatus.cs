namespace Conexa.Sandbox.Pix;

/// <summary>
/// Status values of a Pix cob.
/// </summary>
internal static class CobStatus
{
    public const string Active = "ATIVA";
    public const string Completed = "CONCLUIDA";
    public const string RemovedByReceiver = "REMOVIDA_PELO_USUARIO_RECEBEDOR";
}
