import { ApiError, requestJson } from '../../../lib/http';
import { hasProblemType } from '../../../lib/problemDetails';
import { getAccessToken, signOut } from '../model/session';

/**
 * Sends an admin request with the bearer token and returns the parsed JSON body. A 401 means the
 * token expired or was revoked, so the admin is signed out and the sign-in page shows again.
 */
export async function adminRequest<T>(url: string, init: RequestInit = {}): Promise<T> {
  try {
    return await requestJson<T>(url, { ...init, headers: { ...authorizationHeader(), ...init.headers } });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      signOut();
    }
    throw error;
  }
}

/** Sends a JSON body with the given method. */
export function adminSend<T>(method: string, url: string, body?: unknown): Promise<T> {
  return adminRequest<T>(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function authorizationHeader(): Record<string, string> {
  const token = getAccessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Tells whether an error is the 403 that a LIGHT tenant gets from the online contracting routes. */
export function isFeatureUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && hasProblemType(error.problem, 'feature-unavailable');
}

/** Tells whether an error is the 403 that a staff user gets from an admin-only change. */
export function isRoleForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && !isFeatureUnavailable(error);
}

/**
 * Describes a failed load. A validation problem's detail only points at "errors", and a page that loads data has
 * no fields to mark, so the messages themselves are shown.
 */
export function loadErrorMessage(error: unknown): string {
  const fieldMessages = error instanceof ApiError ? Object.values(error.problem.errors ?? {}).flat() : [];
  return fieldMessages.length > 0 ? fieldMessages.join(' ') : errorMessage(error);
}

/** Returns the pt-BR message to show for a failed request. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) {
      return error.problem.detail ?? 'Seu usuário não tem permissão para esta ação. Peça a um administrador.';
    }
    return error.problem.detail ?? error.problem.title ?? `Erro ${error.status}.`;
  }
  return 'Não foi possível falar com o servidor. Verifique a conexão e tente de novo.';
}
