import type { CheckoutFormSettings, PaymentOption } from '../../checkout/api/getPublicPlan';
import type { Quota } from '../../../lib/format';

export type ActivationPolicy = 'afterFirstPayment' | 'immediate';
export type RegisteredBy = 'onlineContracting' | 'manual' | 'import';
export type ContractStatus = 'awaitingPayment' | 'active' | 'suspended' | 'terminated' | 'cancelled';
export type SignatureStatus = 'notRequested' | 'sent' | 'signed' | 'cancelled';

export interface Tenant {
  id: string;
  name: string;
  tier: 'light' | 'pro' | 'prime';
  timeZoneId: string;
  onlineContractingAvailable: boolean;
  onlineContractingOffered: boolean;
  /** Whether each new contract goes to D4Sign for e-signature right after contracting. */
  sendsContractsForSignature: boolean;
  /** Whether the signed-in user is an admin; staff users only read. */
  canChangeSettings: boolean;
}

export interface PlanWarning {
  code: string;
  message: string;
}

export interface PlanSummary {
  id: string;
  name: string;
  unitId: string;
  monthlyPrice: number;
  adhesionFee: number;
  activationPolicy: ActivationPolicy;
  isActive: boolean;
  checkoutPath: string;
  checkoutUrl: string;
  paymentOptions: PaymentOption[];
  warnings: PlanWarning[];
}

/** The fields an admin sets on a plan; the body of POST /api/plans and PUT /api/plans/{id}. */
export interface PlanFields {
  name: string;
  description: string;
  unitId: string;
  monthlyPrice: number | null;
  adhesionFee: number | null;
  activationPolicy: ActivationPolicy;
  quotas: Quota[];
  paymentOptions: PaymentOption[];
  form: Required<CheckoutFormSettings>;
  /** The contract text with placeholders such as {cliente}; null uses the default contract. */
  contractTemplate: string | null;
}

export interface Plan extends Omit<PlanFields, 'monthlyPrice' | 'adhesionFee'> {
  id: string;
  monthlyPrice: number;
  adhesionFee: number;
  isActive: boolean;
  checkoutPath: string;
  checkoutUrl: string;
  warnings: PlanWarning[];
  /** The placeholders a contract template may use, without braces. */
  contractPlaceholders: string[];
}

export interface Unit {
  id: string;
  name: string;
  notificationEmail: string | null;
  effectiveNotificationEmail: string;
}

export interface ReadinessItem {
  code: string;
  status: 'ok' | 'missing';
  optional: boolean;
  message: string;
  fixPath: string;
  fixLabel: string;
}

export interface Readiness {
  ready: boolean;
  items: ReadinessItem[];
  warnings: { planId: string; planName: string; code: string; message: string }[];
}

export interface ContractDay {
  date: string;
  total: number;
  byRegisteredBy: Record<RegisteredBy, number>;
  byPaymentMethod: Record<'card' | 'pix' | 'boleto', number>;
}

export interface ContractsPerDay {
  from: string;
  to: string;
  days: ContractDay[];
}

export interface ContractListItem {
  id: string;
  customerName: string;
  customerDocument: string;
  planName: string;
  unitName: string;
  registeredBy: RegisteredBy;
  status: ContractStatus;
  startDate: string;
  /** The last day of service of a recorded termination, or null. */
  endDate: string | null;
  dueDay: number;
  monthlyPrice: number;
  paymentMethod: 'card' | 'pix' | 'boleto';
  signatureStatus: string;
}

export interface ContractListPage {
  items: ContractListItem[];
  totalCount: number;
  page: number;
  pageSize: number;
}

export interface Charge {
  id: string;
  periodIndex: number;
  purpose: 'regular' | 'proRata';
  dueDate: string;
  amount: number;
  status: string;
  /** The provider's reason when the charge's payment was refused. */
  declineReason: string | null;
  /** The day the charge was paid, in the tenant's time zone (YYYY-MM-DD); null while unpaid. */
  paidOn: string | null;
  /** True when the team recorded the payment, or a customer's credit paid it, rather than a provider. */
  settledOutsideProvider: boolean;
}

export interface ContractQuota {
  periodStart: string;
  periodEnd: string;
  resource: string;
  amount: number;
  unit: string;
}

/** How to reach a contract's customer; contactName and contactEmail name who contracted for a company. */
export interface CustomerContact {
  kind: 'person' | 'company';
  /** The CPF or CNPJ, masked. */
  document: string;
  email: string;
  phone: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

export interface Contract {
  id: string;
  customerId: string;
  customerName: string;
  customer: CustomerContact;
  planName: string;
  registeredBy: RegisteredBy;
  status: ContractStatus;
  startDate: string;
  dueDay: number;
  endDate: string | null;
  monthlyPrice: number;
  adhesionFee: number;
  activationPolicy: ActivationPolicy;
  paymentMethod: 'card' | 'pix' | 'boleto';
  signatureStatus: SignatureStatus;
  charges: Charge[];
  quotas: ContractQuota[];
  creditAmount: number;
  /** The audit entries of the contract and its charges, oldest first. */
  audit: AuditEntry[];
  /** Files the customer sent with the checkout, oldest first. */
  attachments: ContractAttachment[];
  /** The last day (YYYY-MM-DD) to pay the first charge while the contract awaits it. The contracting is cancelled after it. */
  payUntil: string | null;
  /** When the contracting was cancelled before its first payment, or null. */
  cancelledAt: string | null;
  cancellationReason: 'firstPaymentMissed' | 'byOperator' | null;
}

/** A contract's D4Sign signature request, as POST /api/contracts/{id}/signature-requests returns it. */
export interface SignatureRequest {
  id: string;
  contractId: string;
  status: SignatureStatus;
  /** D4Sign's document id; null until the upload succeeded. */
  documentId: string | null;
  signerEmails: string[];
  sendCount: number;
  firstSentAt: string | null;
  lastSentAt: string | null;
  completedAt: string | null;
}

export interface ContractAttachment {
  id: string;
  fileName: string;
  /** The media type detected from the file's content. */
  contentType: string;
  /** Size in bytes. */
  size: number;
  createdAt: string;
}

/** Bytes that checkout attachments use. quotaBytes is null while the "Arquivos ilimitados" module is on. */
export interface Storage {
  /** Bytes of the contracts' files, which count against the quota. */
  usedBytes: number;
  /** Bytes of recent uploads that no checkout has used yet; they do not count. */
  pendingBytes: number;
  quotaBytes: number | null;
  unlimited: boolean;
}

export interface AuditEntry {
  action: string;
  /** "user:{id}", "customer" for the public checkout, or "provider:efi" for a payment callback. */
  actor: string;
  occurredAt: string;
  details: string | null;
  /** The team member's name for a "user:" actor, or null for other actors and removed users. */
  actorName?: string | null;
}

export interface TerminationPreview {
  contractId: string;
  endDate: string;
  periodStart: string;
  nextDueDate: string;
  usedDays: number;
  periodDays: number;
  monthlyPrice: number;
  proRataAmount: number;
  replacementChargeAmount: number | null;
  /** The adhesion fee inside replacementChargeAmount, charged in full with the first period's pro-rata; 0 otherwise. */
  replacementAdhesionAmount: number;
  replacementDueDate: string | null;
  creditAmount: number;
  chargesToCancel: { id: string; dueDate: string; amount: number; status: string }[];
  /** Full periods before the end date's period that were never billed; the termination bills them at the monthly price. */
  periodsToBill: { periodStart: string; nextDueDate: string; amount: number; dueDate: string }[];
  /** The paid charges behind creditAmount: each one's amount and the part of it credited. */
  creditedCharges: { id: string; dueDate: string; amount: number; creditAmount: number }[];
}

export interface Email {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: 'queued' | 'sent' | 'failed' | 'recorded';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  body: string;
}

export type IntegrationProvider = 'efi' | 'inter' | 'd4sign';

/** One provider as GET /api/integrations returns it; secrets are never returned, only the masked client id. */
export interface Integration {
  provider: IntegrationProvider;
  name: string;
  source: 'tenant' | 'host' | 'none';
  offeredMethods: string[];
  enabledMethods: string[];
  maskedIdentifier: string | null;
  lastTestedAt: string | null;
  lastTestSucceeded: boolean | null;
  lastTestMessage: string | null;
  updatedAt: string | null;
}
