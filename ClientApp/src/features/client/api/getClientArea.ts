import { ApiError, requestJson } from '../../../lib/http';
import { clientSession } from '../model/session';

export interface ClientCharge {
  id: string;
  dueDate: string;
  amount: number;
  status: string;
  method: 'card' | 'pix' | 'boleto';
  /** Present only while the charge is open. */
  pixCopyPaste: string | null;
  boletoDigitableLine: string | null;
  boletoPdfUrl: string | null;
}

export interface ClientContract {
  id: string;
  planName: string;
  status: 'awaitingPayment' | 'active' | 'suspended' | 'terminated' | 'cancelled';
  startDate: string;
  endDate: string | null;
  dueDay: number;
  monthlyPrice: number;
  paymentMethod: 'card' | 'pix' | 'boleto';
  signatureStatus: string;
  charges: ClientCharge[];
  currentQuotas: { periodStart: string; periodEnd: string; resource: string; amount: number; unit: string }[];
  /** Amount the contract owes the customer, such as the unused part of a paid period after a termination. */
  creditAmount: number;
  /** The unit's e-mail, for a charge that cannot be paid here, such as one the card on file declined. */
  contactEmail: string;
}

export interface ClientArea {
  customerName: string;
  tenantName: string;
  contracts: ClientContract[];
}

/** Loads the signed-in customer's contracts. A 401 signs the customer out, because the token expired. */
export async function getClientArea(signal?: AbortSignal): Promise<ClientArea> {
  const token = clientSession.getToken();
  try {
    return await requestJson<ClientArea>('/api/client/contracts', {
      signal,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      clientSession.signOut();
    }
    throw error;
  }
}
