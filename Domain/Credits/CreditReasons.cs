namespace Conexa.Domain.Credits;

/// <summary>The reasons a customer credit is granted with, which the e-mails about a credit also read it back by.</summary>
public static class CreditReasons
{
    /// <summary>The unused part of paid periods after a termination; a contract has one termination at most.</summary>
    public const string Termination = "Período não utilizado após o encerramento do contrato.";

    /// <summary>A payment of a charge that was cancelled or written off here.</summary>
    public const string PaymentAfterCancellation = "Pagamento recebido depois que a cobrança foi cancelada ou baixada.";

    /// <summary>A provider payment of a charge already paid outside the provider.</summary>
    public const string DuplicatePayment = "Pagamento recebido no provedor de uma cobrança já paga por outro meio.";
}
