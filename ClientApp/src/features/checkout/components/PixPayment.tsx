import type { Ref } from 'react';
import type { CheckoutPayment } from '../api/getCheckout';
import { CopyField } from './CopyField';
import { PaymentLiveStatus } from './PaymentLiveStatus';

interface PixPaymentProps {
  payment: CheckoutPayment;
  /** Receives the status line, so the page can move focus to it. */
  statusRef?: Ref<HTMLParagraphElement>;
}

export function PixPayment({ payment, statusRef }: PixPaymentProps) {
  const isWaiting = payment.status === 'pending' || payment.status === 'awaitingPayment' || payment.status === 'overdue';

  return (
    <section className="payment-details" aria-labelledby="pix-title">
      <h2 id="pix-title">Pagamento via Pix</h2>
      <PaymentLiveStatus status={payment.status} statusRef={statusRef} />
      {isWaiting && (
        <>
          <p>Abra o app do seu banco, escolha pagar com Pix e leia o QR Code ou cole o código.</p>
          {payment.pixQrCodeImage && (
            <img className="pix-qr" src={payment.pixQrCodeImage} alt="QR Code do Pix" width={240} height={240} />
          )}
          {payment.pixCopyPaste && (
            <CopyField
              path="pix.copyPaste"
              label="Pix copia e cola"
              value={payment.pixCopyPaste}
              buttonLabel="Copiar código"
            />
          )}
        </>
      )}
    </section>
  );
}
