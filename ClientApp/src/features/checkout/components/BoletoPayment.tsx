import type { Ref } from 'react';
import type { Checkout } from '../api/getCheckout';
import { CopyField } from './CopyField';
import { PaymentLiveStatus } from './PaymentLiveStatus';
import { PixSwitch } from './PixSwitch';

interface BoletoPaymentProps {
  checkout: Checkout;
  onUpdated: (checkout: Checkout) => void;
  /** Whether the plan also takes Pix, so a boleto the bank declined can be paid by Pix instead. */
  pixOffered?: boolean;
  /** Receives the status line of an issued boleto, so the page can move focus to it. */
  statusRef?: Ref<HTMLParagraphElement>;
}

export function BoletoPayment({ checkout, onUpdated, pixOffered = false, statusRef }: BoletoPaymentProps) {
  const payment = checkout.payment!;
  if (payment.status === 'processing') {
    return (
      <section className="payment-details" aria-labelledby="boleto-title">
        <h2 id="boleto-title">Pagamento via boleto</h2>
        <p className="live-status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          Gerando seu boleto…
        </p>
        <p>O banco está registrando o boleto. Esta página mostra o código assim que ele ficar pronto.</p>
      </section>
    );
  }

  const isWaiting = payment.status === 'pending' || payment.status === 'awaitingPayment' || payment.status === 'overdue';

  return (
    <section className="payment-details" aria-labelledby="boleto-title">
      <h2 id="boleto-title">Pagamento via boleto</h2>
      <PaymentLiveStatus status={payment.status} statusRef={statusRef} />
      {(payment.status === 'cancelled' || payment.status === 'declined') && payment.declineReason && (
        <p>{payment.declineReason}</p>
      )}
      {payment.status === 'declined' && pixOffered && (
        <PixSwitch checkoutId={checkout.checkoutId} prompt="O boleto não pôde ser emitido. Prefere pagar com Pix?" onUpdated={onUpdated} />
      )}
      {/* A boleto the bank closed (expired or cancelled) while the contracting still runs is replaced by a new one or by Pix. */}
      {payment.status === 'cancelled' && checkout.status === 'paymentDeclined' && (
        <>
          <PixSwitch
            checkoutId={checkout.checkoutId}
            method="boleto"
            buttonLabel="Gerar novo boleto"
            prompt="Este boleto não pode mais ser pago. Gere um novo boleto para pagar."
            onUpdated={onUpdated}
          />
          {pixOffered && (
            <PixSwitch checkoutId={checkout.checkoutId} prompt="Ou, se preferir, pague com Pix." onUpdated={onUpdated} />
          )}
        </>
      )}
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
          {payment.boletoBarcode && (
            <CopyField
              path="boleto.barcode"
              label="Código de barras"
              value={payment.boletoBarcode}
              buttonLabel="Copiar código de barras"
            />
          )}
          {payment.pixCopyPaste && (
            <CopyField
              path="boleto.pixCopyPaste"
              label="Pix copia e cola"
              value={payment.pixCopyPaste}
              buttonLabel="Copiar código Pix"
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
