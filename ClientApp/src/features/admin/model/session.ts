import { useSyncExternalStore } from 'react';

/** Key of the admin's bearer token in sessionStorage: it lasts until the tab closes, and other tabs never see it. */
const storageKey = 'conexa.admin.accessToken';
const listeners = new Set<() => void>();

function readToken(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

let currentToken = readToken();

function notify() {
  for (const listener of listeners) {
    listener();
  }
}

export function getAccessToken(): string | null {
  return currentToken;
}

/** Stores the token of a successful sign-in. When sessionStorage is unavailable, the token lives in memory only. */
export function signIn(accessToken: string) {
  currentToken = accessToken;
  try {
    sessionStorage.setItem(storageKey, accessToken);
  } catch {
    // Private modes may reject storage; the in-memory token still works until a reload.
  }
  notify();
}

export function signOut() {
  currentToken = null;
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing was stored.
  }
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Returns the current bearer token and re-renders when the admin signs in or out. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(subscribe, getAccessToken, getAccessToken);
}
