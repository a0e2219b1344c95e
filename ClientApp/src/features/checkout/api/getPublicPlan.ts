import type { Quota } from '../../../lib/format';
import { requestJson } from '../../../lib/http';

export type PaymentMethod = 'card' | 'pix' | 'boleto';
export type PaymentProvider = 'efi' | 'inter';

export interface PaymentOption {
  method: PaymentMethod;
  provider: PaymentProvider;
}

/** Whether an optional part of the checkout form is shown and whether it must be filled. */
export interface FormFieldSetting {
  enabled: boolean;
  required: boolean;
}

export interface CheckoutFormSettings {
  password?: FormFieldSetting;
  address?: FormFieldSetting;
  phone?: FormFieldSetting;
  companyData?: FormFieldSetting;
  attachments?: FormFieldSetting;
}

/** The public offer behind a checkout link. Money amounts are in BRL. */
export interface PublicPlan {
  name: string;
  description: string;
  tenantName: string;
  monthlyPrice: number;
  adhesionFee: number;
  firstPaymentAmount: number;
  activationPolicy: 'afterFirstPayment' | 'immediate';
  quotas: Quota[];
  paymentOptions: PaymentOption[];
  form: CheckoutFormSettings;
  /** The largest file, in bytes, that the form's attachments accept. */
  maxAttachmentBytes: number;
  /** Name of the in-browser card tokenizer. "sandbox" makes fake tokens locally. */
  cardTokenizer: string | null;
  /** True when payments go to the sandbox provider, which allows simulating a payment. */
  sandbox: boolean;
}

export function getPublicPlan(linkToken: string, signal?: AbortSignal): Promise<PublicPlan> {
  return requestJson<PublicPlan>(`/api/public/plans/${encodeURIComponent(linkToken)}`, { signal });
}
