import { requestJson } from '../../../lib/http';
import type { Checkout } from './getCheckout';
import type { PaymentMethod, PaymentProvider } from './getPublicPlan';

export type CustomerKind = 'person' | 'company';

export interface AddressRequest {
  street: string;
  number: string;
  complement: string;
  district: string;
  city: string;
  /** Two-letter state code (UF), e.g. "SP". */
  state: string;
  postalCode: string;
}

export interface CreateCheckoutRequest {
  customer: {
    kind: CustomerKind;
    name: string;
    /** CPF for a person, CNPJ for a company. */
    document: string;
    email: string;
    phone?: string;
    password?: string;
    address?: AddressRequest;
  };
  /** The person responsible for a company customer; null for a person. */
  linkedPerson: { name: string; document: string; email: string } | null;
  payment: {
    method: PaymentMethod;
    provider: PaymentProvider;
    /** Only for card payments. The card number itself never reaches our server. */
    cardToken?: string;
  };
  attachmentIds: string[];
  acceptedTerms: boolean;
}

/**
 * Creates the contract and its first payment. The server returns 201, or 200 with the stored
 * result when it has already processed `idempotencyKey`.
 */
export function createCheckout(
  linkToken: string,
  request: CreateCheckoutRequest,
  idempotencyKey: string,
): Promise<Checkout> {
  return requestJson<Checkout>(`/api/public/plans/${encodeURIComponent(linkToken)}/checkouts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(request),
  });
}
