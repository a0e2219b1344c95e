import type { TestClock } from '../model/testClock';
import { adminRequest, adminSend } from './adminHttp';
import type {
  Contract,
  ContractListPage,
  ContractsPerDay,
  Email,
  Integration,
  IntegrationProvider,
  Plan,
  PlanFields,
  PlanSummary,
  Readiness,
  SignatureRequest,
  Storage,
  Tenant,
  TerminationPreview,
  Unit,
} from './types';

export const getTenant = (signal?: AbortSignal) => adminRequest<Tenant>('/api/tenant', { signal });
export const acceptOnlineContractingOffer = () => adminSend<Tenant>('POST', '/api/tenant/online-contracting-offer');
/** Turns on or off sending each new contract for e-signature right after contracting; returns the updated tenant. */
export const setSignatureSending = (sendsContractsForSignature: boolean) =>
  adminSend<Tenant>('PUT', '/api/tenant/signature-sending', { sendsContractsForSignature });
export const getStorage = (signal?: AbortSignal) => adminRequest<Storage>('/api/tenant/storage', { signal });
export const enableUnlimitedFiles = () => adminSend<Storage>('POST', '/api/tenant/unlimited-files');
export const getReadiness = (signal?: AbortSignal) => adminRequest<Readiness>('/api/tenant/readiness', { signal });
export const getContractsPerDay = (days: number, signal?: AbortSignal) =>
  adminRequest<ContractsPerDay>(`/api/dashboard/contracts-per-day?days=${days}`, { signal });

export const getPlans = (signal?: AbortSignal) => adminRequest<PlanSummary[]>('/api/plans', { signal });
export const getPlan = (planId: string, signal?: AbortSignal) =>
  adminRequest<Plan>(`/api/plans/${encodeURIComponent(planId)}`, { signal });
export const createPlan = (fields: PlanFields) => adminSend<Plan>('POST', '/api/plans', fields);
export const updatePlan = (planId: string, fields: PlanFields) =>
  adminSend<Plan>('PUT', `/api/plans/${encodeURIComponent(planId)}`, fields);
export const deactivatePlan = (planId: string) => adminSend<Plan>('POST', `/api/plans/${encodeURIComponent(planId)}/deactivation`);
export const activatePlan = (planId: string) => adminSend<Plan>('POST', `/api/plans/${encodeURIComponent(planId)}/activation`);
export const regeneratePlanLink = (planId: string) => adminSend<Plan>('POST', `/api/plans/${encodeURIComponent(planId)}/link`);

export const getUnits = (signal?: AbortSignal) => adminRequest<Unit[]>('/api/units', { signal });
export const setUnitNotificationEmail = (unitId: string, email: string | null) =>
  adminSend<Unit>('PUT', `/api/units/${encodeURIComponent(unitId)}/notification-email`, { email });

/** Lists contracts; `query` is the URL query string built by contractQuery(). */
export const listContracts = (query: string, signal?: AbortSignal) =>
  adminRequest<ContractListPage>(`/api/contracts${query}`, { signal });
export const getContract = (contractId: string, signal?: AbortSignal) =>
  adminRequest<Contract>(`/api/contracts/${encodeURIComponent(contractId)}`, { signal });
/** Returns the URL that downloads a file of the contract. It needs the bearer token, so fetch it with downloadFile. */
export const contractAttachmentUrl = (contractId: string, attachmentId: string) =>
  `/api/contracts/${encodeURIComponent(contractId)}/attachments/${encodeURIComponent(attachmentId)}`;
/** Returns the URL of the contract's PDF. It needs the bearer token, so fetch it with downloadFile. */
export const contractDocumentUrl = (contractId: string) => `/api/contracts/${encodeURIComponent(contractId)}/document`;
/** Sends the contract to D4Sign for e-signature, or reminds its signers when it was sent and is still unsigned. */
export const sendSignatureRequest = (contractId: string) =>
  adminSend<SignatureRequest>('POST', `/api/contracts/${encodeURIComponent(contractId)}/signature-requests`);
export const previewTermination = (contractId: string, endDate: string, signal?: AbortSignal) =>
  adminRequest<TerminationPreview>(
    `/api/contracts/${encodeURIComponent(contractId)}/termination-preview?endDate=${encodeURIComponent(endDate)}`,
    { signal },
  );
export const terminateContract = (contractId: string, endDate: string) =>
  adminSend<TerminationPreview>('POST', `/api/contracts/${encodeURIComponent(contractId)}/termination`, { endDate });
/** Cancels a contracting that awaits its first payment, with its open charges, and returns the contract. The reason goes to its history. */
export const cancelContract = (contractId: string, reason: string | null) =>
  adminSend<Contract>('POST', `/api/contracts/${encodeURIComponent(contractId)}/cancellation`, { reason });

/** Records a charge paid outside the providers on paidOn (YYYY-MM-DD, today when null); returns the contract. */
export const recordManualPayment = (contractId: string, chargeId: string, paidOn: string | null, note: string | null) =>
  adminSend<Contract>(
    'POST',
    `/api/contracts/${encodeURIComponent(contractId)}/charges/${encodeURIComponent(chargeId)}/manual-payment`,
    { paidOn, note },
  );

/** E-mails the customer a link that sets a client-area password; returns the e-mail's status. */
export const inviteToClientArea = (customerId: string) =>
  adminSend<{ emailId: string; to: string; status: 'sent' | 'failed' | 'recorded' }>(
    'POST',
    `/api/customers/${encodeURIComponent(customerId)}/client-area-invitation`,
  );

/** Lists the limit most recent e-mails, or those whose recipient or subject contains search. */
export const getEmails = (filter: { search: string; limit: number }, signal?: AbortSignal) => {
  const params = new URLSearchParams({ limit: String(filter.limit) });
  if (filter.search) {
    params.set('search', filter.search);
  }
  return adminRequest<Email[]>(`/api/emails?${params.toString()}`, { signal });
};

/** The tenant's test clock; the route exists only where the sandboxes run, so elsewhere this fails with 404. */
export const getTestClock = (signal?: AbortSignal) => adminRequest<TestClock>('/api/sandbox/test-clock', { signal });
export const setTestClock = (instant: string) => adminSend<TestClock>('POST', '/api/sandbox/test-clock', { instant });
export const advanceTestClock = (to: string) =>
  adminSend<TestClock & { daysRun: number; chargesCreated: number; chargesOverdue: number }>('POST', '/api/sandbox/test-clock/advance', { to });

export const getIntegrations = (signal?: AbortSignal) =>
  adminRequest<{ items: Integration[] }>('/api/integrations', { signal });
/** Stores the tenant's own credentials of a provider; the body's fields are those of the provider's PUT route. */
export const saveIntegration = (provider: IntegrationProvider, credentials: Record<string, unknown>) =>
  adminSend<Integration>('PUT', `/api/integrations/${provider}`, credentials);
export const testIntegration = (provider: IntegrationProvider) => adminSend<Integration>('POST', `/api/integrations/${provider}/test`);
export const deleteIntegration = (provider: IntegrationProvider) => adminSend<void>('DELETE', `/api/integrations/${provider}`);
