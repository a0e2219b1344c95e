namespace Conexa.Sandbox.D4Sign;

/// <summary>D4Sign's document statusId values and their names as D4Sign writes them.</summary>
internal static class D4SignStatus
{
    public const int Processing = 1;
    public const int AwaitingSigners = 2;
    public const int AwaitingSignatures = 3;
    public const int Finished = 4;
    public const int Archived = 5;
    public const int Cancelled = 6;

    public static string NameOf(int statusId) => statusId switch
    {
        Processing => "Processando",
        AwaitingSigners => "Aguardando Signatários",
        AwaitingSignatures => "Aguardando Assinaturas",
        Finished => "Finalizado",
        Archived => "Arquivado",
        Cancelled => "Cancelado",
        _ => "Desconhecido",
    };
}
