import { useState } from 'react';
import { createUuid } from '../../../lib/idempotency';
import type { Checkout } from '../api/getCheckout';
import { retryCheckoutPayment } from '../api/retryCheckoutPayment';
import { CardRetryForm } from './CardRetryForm';

interface CardPaymentProps {
  checkout: Checkout;
  /** Undefined while the plan loads. Null when the plan could not be loaded, so a retry shows a tokenizer error. */
  cardTokenizer: string | null | undefined;
  onUpdated: (checkout: Checkout) => void;
  /** Whether the plan also takes Pix, so a declined card can be paid by Pix instead. */
  pixOffered?: boolean;
}

export function CardPayment({ checkout, cardTokenizer, onUpdated, pixOffered = false }: CardPaymentProps) {
  const payment = checkout.payment!;
  const [switching, setSwitching] = useState(false);
  const [switchFailed, setSwitchFailed] = useState(false);

  async function payByPix() {
    setSwitching(true);
    setSwitchFailed(false);
    try {
      onUpdated(await retryCheckoutPayment(checkout.checkoutId, { method: 'pix' }, createUuid()));
    } catch {
      setSwitchFailed(true);
    } finally {
      setSwitching(false);
    }
  }

  if (payment.status === 'approved' || payment.status === 'paid') {
    return (
      <section className="payment-details" aria-labelledby="card-title">
        <h2 id="card-title">Cartão de crédito</h2>
        <p className="live-status live-status-paid" role="status">
          Pagamento aprovado
        </p>
      </section>
    );
  }

  if (payment.status === 'declined') {
    return (
      <section className="payment-details" aria-labelledby="card-title">
        <h2 id="card-title">Cartão de crédito</h2>
        <div className="notice notice-error" role="alert">
          <p className="notice-title">Pagamento recusado</p>
          <p>{payment.declineReason ?? 'A operadora do cartão não informou o motivo.'}</p>
        </div>
        {cardTokenizer !== undefined ? (
          <CardRetryForm checkoutId={checkout.checkoutId} cardTokenizer={cardTokenizer} onUpdated={onUpdated} />
        ) : (
          <p role="status">Carregando…</p>
        )}
        {pixOffered && (
          <div className="pix-switch">
            <p>Prefere não usar cartão?</p>
            <button type="button" className="button button-secondary" onClick={payByPix} disabled={switching}>
              Pagar com Pix
            </button>
            {switchFailed && (
              <p className="field-error" role="alert">
                Não foi possível gerar o Pix. Tente novamente em instantes.
              </p>
            )}
          </div>
        )}
      </section>
    );
  }

  if (payment.status === 'cancelled') {
    return (
      <section className="payment-details" aria-labelledby="card-title">
        <h2 id="card-title">Cartão de crédito</h2>
        <p className="live-status">Cobrança cancelada</p>
      </section>
    );
  }

  return (
    <section className="payment-details" aria-labelledby="card-title">
      <h2 id="card-title">Cartão de crédito</h2>
      <p className="live-status" role="status">
        <span className="spinner" aria-hidden="true" />
        Processando pagamento…
      </p>
    </section>
  );
}
