import { useEffect } from 'react';
import { getCheckout, type Checkout } from '../api/getCheckout';

/** How often a pending payment is checked again. */
export const checkoutPollIntervalMs = 3000;

/** Tells whether the checkout's payment can still change without user action (Pix, boleto being generated or unpaid). */
export function isPaymentPending(checkout: Checkout | null): boolean {
  const status = checkout?.payment?.status;
  return status === 'pending' || status === 'processing' || status === 'awaitingPayment' || status === 'overdue';
}

/**
 * Reloads the checkout every checkoutPollIntervalMs while its payment is pending and passes each
 * result to `onUpdate`. Polling stops once the payment is no longer pending, or on unmount.
 * A failed request is skipped and the next poll runs on schedule. Pass a stable `onUpdate`
 * (such as a state setter), because a new function restarts the interval.
 */
export function useCheckoutPolling(checkout: Checkout | null, onUpdate: (checkout: Checkout) => void): void {
  const checkoutId = checkout?.checkoutId;
  const isPending = isPaymentPending(checkout);

  useEffect(() => {
    if (!checkoutId || !isPending) {
      return;
    }
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;

    const poll = async () => {
      try {
        const latest = await getCheckout(checkoutId, controller.signal);
        onUpdate(latest);
        if (!isPaymentPending(latest)) {
          return;
        }
      } catch {
        if (controller.signal.aborted) {
          return;
        }
        // NOTE: no backoff, so an API outage gets one request per interval until the page closes.
      }
      timer = setTimeout(poll, checkoutPollIntervalMs);
    };

    timer = setTimeout(poll, checkoutPollIntervalMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [checkoutId, isPending, onUpdate]);
}
