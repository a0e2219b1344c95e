import type { Ref } from 'react';
import type { PaymentStatus } from '../api/getCheckout';

/**
 * Announces the payment status of a Pix or boleto while the page polls for it. Every status renders the same
 * paragraph, so focus placed on it through `statusRef` stays there when the text changes.
 */
export function PaymentLiveStatus({ status, statusRef }: { status: PaymentStatus; statusRef?: Ref<HTMLParagraphElement> }) {
  if (status === 'cancelled' || status === 'declined' || status === 'writtenOff') {
    return (
      <p ref={statusRef} tabIndex={-1} className="live-status" role="status">
        Cobrança cancelada
      </p>
    );
  }
  if (status === 'overdue') {
    return (
      <p ref={statusRef} tabIndex={-1} className="live-status" role="status" aria-live="polite">
        Pagamento em atraso: o vencimento passou, mas a cobrança ainda pode ser paga
      </p>
    );
  }
  const isPaid = status === 'paid' || status === 'approved';
  return (
    <p ref={statusRef} tabIndex={-1} className={isPaid ? 'live-status live-status-paid' : 'live-status'} role="status" aria-live="polite">
      {!isPaid && <span className="spinner" aria-hidden="true" />}
      {isPaid ? 'Pagamento confirmado' : 'Aguardando pagamento…'}
    </p>
  );
}
