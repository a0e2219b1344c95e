using System.Text.Json.Nodes;
using Conexa.Sandbox.Hosting;

namespace Conexa.Sandbox.Charges;

/// <summary>
/// Creates one-step charges. A boleto starts as "waiting". A card charge is "approved" for the payment token
/// "sandbox-approved" and "unpaid" with a refusal for "sandbox-declined".
/// </summary>
internal sealed class ChargeCreator(ChargeStore store, BilletFactory billets, SandboxClock clock)
{
    private static readonly ChargeRefusal DeclinedCard =
        new("Transação não autorizada pelo emissor (sandbox)", Retry: true);

    /// <summary>Stores the charge and returns the "data" object of the one-step response.</summary>
    public JsonObject Create(OneStepChargeRequest request, string clientId)
    {
        var chargeId = store.NextChargeId();
        var charge = new ChargeRecord(chargeId, request, RandomTokens.Alphanumeric(32), clock.BrasiliaDateTime(), clientId);
        var initialStatus = ChargeStatus.Waiting;
        if (request.Payment == PaymentMethod.BankingBillet)
        {
            charge.Billet = billets.Create(chargeId, request.Total, request.ExpireAt!.Value);
        }
        else if (request.PaymentToken == OneStepChargeParser.DeclinedToken)
        {
            initialStatus = ChargeStatus.Unpaid;
            charge.Refusal = DeclinedCard;
        }
        else
        {
            initialStatus = ChargeStatus.Approved;
        }

        return store.Add(charge, initialStatus, ChargeJson.OneStep);
    }
}
