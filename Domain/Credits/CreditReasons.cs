namespace Conexa.Domain.Credits;

/// <summary>The reasons a customer credit is granted with. The e-mails about a credit find it by its reason.</summary>
public static class CreditReasons
{
    /// <summary>The unused part of paid periods after a termination. A contract has one termination at most.</summary>
    public const string Termination = "Período não utilizado após o encerramento do contrato.";

    /// <summary>A payment of a charge that was cancelled or written off here.</summary>
    public const string PaymentAfterCancellation = "Pagamento recebido depois que a cobrança foi cancelada ou baixada.";

    /// <summary>A provider payment of a charge already paid outside the provider.</summary>
    public const string DuplicatePayment = "Pagamento recebido no provedor de uma cobrança já paga por outro meio.";
}
