import { useState } from 'react';
import { createUuid } from '../../../lib/idempotency';
import type { Checkout } from '../api/getCheckout';
import { retryCheckoutPayment } from '../api/retryCheckoutPayment';

interface PixSwitchProps {
  checkoutId: string;
  prompt: string;
  onUpdated: (checkout: Checkout) => void;
}

/** Button that pays a declined checkout by Pix instead, for plans that also take Pix. */
export function PixSwitch({ checkoutId, prompt, onUpdated }: PixSwitchProps) {
  const [switching, setSwitching] = useState(false);
  const [switchFailed, setSwitchFailed] = useState(false);

  async function payByPix() {
    setSwitching(true);
    setSwitchFailed(false);
    try {
      onUpdated(await retryCheckoutPayment(checkoutId, { method: 'pix' }, createUuid()));
    } catch {
      setSwitchFailed(true);
    } finally {
      setSwitching(false);
    }
  }

  return (
    <div className="pix-switch">
      <p>{prompt}</p>
      <button type="button" className="button button-secondary" onClick={payByPix} disabled={switching}>
        Pagar com Pix
      </button>
      {switchFailed && (
        <p className="field-error" role="alert">
          Não foi possível gerar o Pix. Tente novamente em instantes.
        </p>
      )}
    </div>
  );
}
