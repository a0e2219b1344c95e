import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  /** The parsed JSON body, or undefined when the request had none. */
  body: unknown;
}

type Reply = Response | Error | (() => Response | Error | Promise<Response>);

/**
 * Replaces global fetch with a table of "METHOD /path" routes. A route with several replies
 * uses them in order and then keeps repeating the last one. An Error reply is thrown, the way
 * fetch rejects on a network failure. Unknown routes fail the test with a 599 response.
 */
export function mockApi(routes: Record<string, Reply | Reply[]>) {
  const requests: RecordedRequest[] = [];
  const queues = new Map(Object.entries(routes).map(([route, reply]) => [route, Array.isArray(reply) ? [...reply] : [reply]]));

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    let url: string;
    if (typeof input === 'string') {
      url = input;
    } else if (input instanceof URL) {
      url = input.href;
    } else {
      url = input.url;
    }
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ method, url, headers: new Headers(init.headers), body });

    const queue = queues.get(`${method} ${url}`);
    if (!queue || queue.length === 0) {
      return new Response(`No mock for ${method} ${url}`, { status: 599 });
    }
    const next = queue.length > 1 ? queue.shift()! : queue[0];
    const reply = typeof next === 'function' ? await next() : next;
    if (reply instanceof Error) {
      throw reply;
    }
    // A Response body can be read once, so repeated replies hand out clones.
    return reply.clone();
  });

  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    requestsTo: (method: string, url: string) => requests.filter((request) => request.method === method && request.url === url),
  };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problemResponse(
  problem: Record<string, unknown>,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** Builds the TypeError that fetch throws when the connection fails. */
export function networkFailure(): Error {
  return new TypeError('Failed to fetch');
}
