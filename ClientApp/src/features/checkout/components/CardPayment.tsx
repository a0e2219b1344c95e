import type { Checkout } from '../api/getCheckout';
import { CardRetryForm } from './CardRetryForm';
import { PixSwitch } from './PixSwitch';

interface CardPaymentProps {
  checkout: Checkout;
  /** Undefined while the plan loads. Null when the plan could not be loaded, so a retry shows a tokenizer error. */
  cardTokenizer: string | null | undefined;
  onUpdated: (checkout: Checkout) => void;
  /** Whether the plan also takes Pix, so a declined card can be paid by Pix instead. */
  pixOffered?: boolean;
  /** Whether the plan also takes boleto, so a declined card can be paid by boleto instead. */
  boletoOffered?: boolean;
}

export function CardPayment({ checkout, cardTokenizer, onUpdated, pixOffered = false, boletoOffered = false }: CardPaymentProps) {
  const payment = checkout.payment!;

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
          <p className="notice-title">Motivo da recusa</p>
          <p>{payment.declineReason ?? 'A operadora do cartão não informou o motivo.'}</p>
        </div>
        {cardTokenizer !== undefined ? (
          <CardRetryForm checkoutId={checkout.checkoutId} cardTokenizer={cardTokenizer} onUpdated={onUpdated} />
        ) : (
          <p role="status">Carregando…</p>
        )}
        {pixOffered && (
          <PixSwitch checkoutId={checkout.checkoutId} prompt="Prefere não usar cartão?" onUpdated={onUpdated} />
        )}
        {boletoOffered && (
          <PixSwitch
            checkoutId={checkout.checkoutId}
            method="boleto"
            prompt={pixOffered ? 'Ou pague com boleto.' : 'Prefere não usar cartão? Pague com boleto.'}
            onUpdated={onUpdated}
          />
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
