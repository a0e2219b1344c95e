import { requestJson } from '../../../lib/http';
import type { Checkout } from './getCheckout';

export type RetryPaymentRequest = { method: 'card'; cardToken: string } | { method: 'pix' } | { method: 'boleto' };

/** Starts a new payment, with another card, by Pix or with a new boleto, for a checkout whose payment was declined or closed. */
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
