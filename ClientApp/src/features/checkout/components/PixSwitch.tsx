import { useState } from 'react';
import { createUuid } from '../../../lib/idempotency';
import type { Checkout } from '../api/getCheckout';
import { retryCheckoutPayment } from '../api/retryCheckoutPayment';

interface PixSwitchProps {
  checkoutId: string;
  prompt: string;
  onUpdated: (checkout: Checkout) => void;
  /** The new payment: Pix (default) or a boleto. */
  method?: 'pix' | 'boleto';
  /** The button's text, when the method's default ("Pagar com Pix", "Gerar boleto") does not fit. */
  buttonLabel?: string;
}

/** Button that pays a declined checkout by Pix instead, for plans that also take Pix, or issues a new boleto. */
export function PixSwitch({ checkoutId, prompt, onUpdated, method = 'pix', buttonLabel }: PixSwitchProps) {
  const [switching, setSwitching] = useState(false);
  const [switchFailed, setSwitchFailed] = useState(false);

  async function payByPix() {
    setSwitching(true);
    setSwitchFailed(false);
    try {
      onUpdated(await retryCheckoutPayment(checkoutId, { method }, createUuid()));
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
        {buttonLabel ?? (method === 'pix' ? 'Pagar com Pix' : 'Gerar boleto')}
      </button>
      {switchFailed && (
        <p className="field-error" role="alert">
          {method === 'pix' ? 'Não foi possível gerar o Pix.' : 'Não foi possível gerar o boleto.'} Tente novamente em instantes.
        </p>
      )}
    </div>
  );
}
