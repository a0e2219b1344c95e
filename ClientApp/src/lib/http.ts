import { readProblemDetails, type ProblemDetails } from './problemDetails';

/** Error for a response with a status outside 200–299. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  /** Seconds from the Retry-After header, when the server sent one as a number. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: ProblemDetails, retryAfterSeconds: number | null) {
    super(problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * The request got no response (offline, DNS, connection reset). The server may still have
 * processed it, so a retry must reuse the same Idempotency-Key.
 */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

function parseRetryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  if (header === null || !/^\d+$/.test(header.trim())) {
    return null;
  }
  return Number(header.trim());
}

/**
 * Sends a request and returns the parsed JSON body, or undefined for an empty body.
 * Throws NetworkError when no response arrives, ApiError for any status outside 200–299,
 * and rethrows the AbortError when `init.signal` aborts.
 */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json, application/problem+json', ...init.headers },
    });
  } catch (error) {
    if (isAbortError(error)) {
      throw error;
    }
    throw new NetworkError(error);
  }

  if (!response.ok) {
    const problem = await readProblemDetails(response);
    throw new ApiError(response.status, problem, parseRetryAfter(response));
  }

  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Tells whether a fetch was aborted. Checks the name, because DOMException differs between realms. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
