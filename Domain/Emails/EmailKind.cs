namespace Conexa.Domain.Emails;

public enum EmailKind
{
    /// <summary>To the unit (or tenant): a customer contracted a plan online.</summary>
    ContractingNotification,

    /// <summary>To the customer, after contracting.</summary>
    Welcome,

    /// <summary>To the customer, when a provider confirms a charge as paid or approves a card payment.</summary>
    PaymentConfirmed,

    /// <summary>To the customer, each time the contract is sent for e-signature.</summary>
    SignatureRequested,

    /// <summary>To the customer: a link to set the client-area password, sent when an admin invites them.</summary>
    ClientAreaInvitation,

    /// <summary>To the customer: a new charge after the first (a billed period or a termination's) with its Pix code or boleto.</summary>
    ChargeIssued,

    /// <summary>To the customer: a charge passed its due date unpaid, with its Pix code or boleto again.</summary>
    ChargeOverdue,

    /// <summary>To the customer: the contracting was cancelled before its first payment arrived.</summary>
    ContractCancelled,

    /// <summary>To the customer: the provider refused the first payment, with the link to retry it.</summary>
    PaymentDeclined,

    /// <summary>To the unit (or tenant): a charge cancelled here was paid at the provider, and the amount became the customer's credit.</summary>
    PaymentAfterCancellation,

    /// <summary>To the customer: the bank closed the first charge's boleto unpaid, with the link to pay another way.</summary>
    BoletoClosed,

    /// <summary>To the customer, at their request: the link that sets a new client-area password (kept out of the history).</summary>
    ClientAreaPasswordReset,

    /// <summary>
    /// To the customer: the operator recorded the contract's termination, with the last day, pro-rata and credit. It is
    /// sent when the termination is recorded, not when the last day passes.
    /// </summary>
    ContractTerminated,
}
