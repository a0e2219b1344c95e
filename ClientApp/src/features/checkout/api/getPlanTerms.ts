import { requestJson } from '../../../lib/http';

/** The contract a customer accepts, with the plan's values filled in and the customer's in brackets. */
export interface PlanTerms {
  planName: string;
  text: string;
}

export function getPlanTerms(linkToken: string, signal?: AbortSignal): Promise<PlanTerms> {
  return requestJson<PlanTerms>(`/api/public/plans/${encodeURIComponent(linkToken)}/terms`, { signal });
}
