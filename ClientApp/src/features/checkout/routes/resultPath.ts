import type { Checkout } from '../api/getCheckout';
import type { PublicPlan } from '../api/getPublicPlan';

/** Router state passed from the checkout form to the result page, so it renders without a refetch. */
export interface CheckoutResultState {
  checkout: Checkout;
  plan: PublicPlan;
}

export function checkoutResultPath(linkToken: string, checkoutId: string): string {
  return `/checkout/${encodeURIComponent(linkToken)}/result/${encodeURIComponent(checkoutId)}`;
}
