/**
 * Returns a random UUID v4. crypto.randomUUID exists only in secure contexts (HTTPS or
 * localhost), so plain-HTTP deployments fall back to crypto.getRandomValues.
 */
export function createUuid(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keeps the Idempotency-Key of one payment attempt. The key is reused while the request body
 * stays the same, so a double click or a retry after a network error cannot charge twice.
 * A changed body, or a call to `reset` after the server has responded, starts a new attempt.
 */
export class IdempotencyKeyStore {
  private current: { key: string; body: string } | null = null;

  keyFor(body: string): string {
    if (this.current === null || this.current.body !== body) {
      this.current = { key: createUuid(), body };
    }
    return this.current.key;
  }

  reset(): void {
    this.current = null;
  }
}
