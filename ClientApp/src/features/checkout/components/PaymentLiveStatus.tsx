import type { PaymentStatus } from '../api/getCheckout';

/** Announces the payment status of a Pix or boleto while the page polls for it. */
export function PaymentLiveStatus({ status }: { status: PaymentStatus }) {
  if (status === 'cancelled' || status === 'declined' || status === 'writtenOff') {
    return (
      <p className="live-status" role="status">
        Cobrança cancelada
      </p>
    );
  }
  if (status === 'overdue') {
    return (
      <p className="live-status" role="status" aria-live="polite">
        Pagamento em atraso: o vencimento passou, mas a cobrança ainda pode ser paga
      </p>
    );
  }
  const isPaid = status === 'paid' || status === 'approved';
  return (
    <p className={isPaid ? 'live-status live-status-paid' : 'live-status'} role="status" aria-live="polite">
      {!isPaid && <span className="spinner" aria-hidden="true" />}
      {isPaid ? 'Pagamento confirmado' : 'Aguardando pagamento…'}
    </p>
  );
}
