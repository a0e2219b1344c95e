import { requestJson } from '../../../lib/http';
import type { Checkout } from './getCheckout';

export type RetryPaymentRequest = { method: 'card'; cardToken: string } | { method: 'pix' };

/** Starts a new payment, with another card or by Pix, for a checkout whose card payment was declined. */
export function retryCheckoutPayment(
  checkoutId: string,
  request: RetryPaymentRequest,
  idempotencyKey: string,
): Promise<Checkout> {
  return requestJson<Checkout>(`/api/public/checkouts/${encodeURIComponent(checkoutId)}/payments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(request),
  });
}
