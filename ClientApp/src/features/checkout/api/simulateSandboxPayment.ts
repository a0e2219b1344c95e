import { requestJson } from '../../../lib/http';

/** Asks the sandbox payment provider to mark the checkout's pending payment as paid. */
export async function simulateSandboxPayment(checkoutId: string): Promise<void> {
  await requestJson<unknown>(`/api/sandbox/checkouts/${encodeURIComponent(checkoutId)}/pay`, {
    method: 'POST',
  });
}
