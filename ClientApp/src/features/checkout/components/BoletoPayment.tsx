import type { CheckoutPayment } from '../api/getCheckout';
import { CopyField } from './CopyField';
import { PaymentLiveStatus } from './PaymentLiveStatus';

export function BoletoPayment({ payment }: { payment: CheckoutPayment }) {
  const isWaiting = payment.status === 'pending' || payment.status === 'awaitingPayment' || payment.status === 'overdue';

  return (
    <section className="payment-details" aria-labelledby="boleto-title">
      <h2 id="boleto-title">Pagamento via boleto</h2>
      <PaymentLiveStatus status={payment.status} />
      {isWaiting && (
        <>
          <p>A compensação do boleto pode levar até 3 dias úteis após o pagamento.</p>
          {payment.boletoDigitableLine && (
            <CopyField
              path="boleto.digitableLine"
              label="Linha digitável"
              value={payment.boletoDigitableLine}
              buttonLabel="Copiar código"
            />
          )}
          {payment.boletoPdfUrl && (
            <a className="button button-secondary" href={payment.boletoPdfUrl} target="_blank" rel="noopener noreferrer">
              Abrir boleto (PDF)
            </a>
          )}
        </>
      )}
    </section>
  );
}
