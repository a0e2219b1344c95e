import { requestJson } from '../../../lib/http';
import type { PaymentMethod, PaymentProvider } from './getPublicPlan';

export type CheckoutStatus = 'awaitingPayment' | 'active' | 'paymentDeclined';
/** The contract's e-signature at D4Sign; `notRequested` until it is sent. */
export type SignatureStatus = 'notRequested' | 'sent' | 'signed' | 'cancelled';
/**
 * `approved` is a card payment the issuer accepted before the money is credited. `processing` is a
 * boleto the provider (Inter) accepted and is still registering, so it has no line or barcode yet.
 * `overdue` is still payable after its due date; `writtenOff` was cancelled for lack of payment.
 */
export type PaymentStatus =
  | 'pending'
  | 'processing'
  | 'awaitingPayment'
  | 'approved'
  | 'paid'
  | 'declined'
  | 'cancelled'
  | 'overdue'
  | 'writtenOff';

/** The latest payment of a checkout. Fields that do not apply to the method are null. */
export interface CheckoutPayment {
  method: PaymentMethod;
  provider: PaymentProvider;
  status: PaymentStatus;
  amount: number;
  /** ISO date, YYYY-MM-DD. */
  dueDate: string | null;
  pixCopyPaste: string | null;
  /** The address of the Pix QR code image (PNG), drawn by the API when the page requests it. */
  pixQrCodeImage: string | null;
  boletoDigitableLine: string | null;
  boletoBarcode: string | null;
  boletoPdfUrl: string | null;
  declineReason: string | null;
}

/** The checkout as returned by the create, read and payment-retry endpoints. */
export interface Checkout {
  checkoutId: string;
  contractId: string;
  status: CheckoutStatus;
  clientAreaEnabled: boolean;
  payment: CheckoutPayment | null;
  signatureStatus: SignatureStatus;
  /** True once the contracting was cancelled before its first payment. Nothing can be paid then. */
  contractCancelled: boolean;
  /** Why the contracting was cancelled: the first payment never arrived, or the operator cancelled it. Null unless cancelled. */
  cancellationReason: 'firstPaymentMissed' | 'byOperator' | null;
  /** The last day to pay the first charge (YYYY-MM-DD) before the contracting is cancelled; null once active or closed. */
  payUntil: string | null;
}

export function getCheckout(checkoutId: string, signal?: AbortSignal): Promise<Checkout> {
  return requestJson<Checkout>(`/api/public/checkouts/${encodeURIComponent(checkoutId)}`, { signal });
}
