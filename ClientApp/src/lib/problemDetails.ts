/** An RFC 9457 problem details body, as the API returns it with application/problem+json. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** Validation messages keyed by the camelCase path of the request field, e.g. "customer.document". */
  errors?: Record<string, string[]>;
}

/** Field validation messages keyed by request field path. */
export type FieldErrors = Record<string, string[]>;

/**
 * Reads a problem details body from a failed response. A body that is missing or not JSON
 * gives a problem with only the HTTP status, so callers can always inspect `status`.
 */
export async function readProblemDetails(response: Response): Promise<ProblemDetails> {
  const fallback: ProblemDetails = { status: response.status, title: response.statusText };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) {
    return fallback;
  }
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) {
      return fallback;
    }
    const problem = body as ProblemDetails;
    return { ...problem, status: problem.status ?? response.status, errors: normalizeErrorKeys(problem.errors) };
  } catch {
    return fallback;
  }
}

/**
 * Rewrites error keys to the camelCase paths the forms use. ASP.NET Core may send "$.customer.email"
 * for JSON binding errors or PascalCase names ("Customer.Document") when no naming policy applies.
 */
export function normalizeErrorKeys(errors: Record<string, string[]> | undefined): FieldErrors | undefined {
  if (!errors || typeof errors !== 'object') {
    return undefined;
  }
  const result: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const path = key
      .replace(/^\$\.?/, '')
      .split('.')
      .map((segment) => segment.charAt(0).toLowerCase() + segment.slice(1))
      .join('.');
    const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    result[path] = [...(result[path] ?? []), ...list];
  }
  return result;
}

/** Tells whether the problem `type` URI ends with the given name, e.g. "feature-unavailable". */
export function hasProblemType(problem: ProblemDetails, typeSuffix: string): boolean {
  return typeof problem.type === 'string' && problem.type.endsWith(typeSuffix);
}
