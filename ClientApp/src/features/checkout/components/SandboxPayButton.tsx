import { useState } from 'react';
import { simulateSandboxPayment } from '../api/simulateSandboxPayment';

interface SandboxPayButtonProps {
  checkoutId: string;
  /** Runs once the sandbox accepted the payment, so the page can move focus to the payment status. */
  onSimulated?: () => void;
}

/** Marks the pending payment as paid in the sandbox; the page's polling then shows the new status. */
export function SandboxPayButton({ checkoutId, onSimulated }: SandboxPayButtonProps) {
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');

  async function simulate() {
    setState('sending');
    try {
      await simulateSandboxPayment(checkoutId);
      setState('sent');
      // The button is disabled from now on, which would drop the keyboard focus at the top of the page.
      onSimulated?.();
    } catch {
      setState('failed');
    }
  }

  return (
    <div className="sandbox-pay">
      <button
        type="button"
        className="button button-secondary"
        onClick={simulate}
        disabled={state === 'sending' || state === 'sent'}
      >
        Simular pagamento (sandbox)
      </button>
      {state === 'sent' && <p role="status">Pagamento simulado. A confirmação aparece em alguns segundos.</p>}
      {state === 'failed' && <p role="alert">Não foi possível simular o pagamento. Tente novamente.</p>}
    </div>
  );
}
