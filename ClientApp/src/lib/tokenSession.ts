import { useSyncExternalStore } from 'react';

/** A bearer token kept in memory and in sessionStorage, which lasts until the tab closes and is never shared with other tabs. */
export interface TokenSession {
  getToken: () => string | null;
  /** Stores the token of a successful sign-in. Without sessionStorage, the token lives in memory only. */
  signIn: (accessToken: string) => void;
  signOut: () => void;
  /** Returns the current token and re-renders when it changes. */
  useToken: () => string | null;
}

export function createTokenSession(storageKey: string): TokenSession {
  const listeners = new Set<() => void>();
  let currentToken: string | null = null;
  try {
    currentToken = sessionStorage.getItem(storageKey);
  } catch {
    // Storage is blocked, so the session starts signed out.
  }

  function notify() {
    for (const listener of listeners) {
      listener();
    }
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  const getToken = () => currentToken;

  return {
    getToken,
    signIn(accessToken) {
      currentToken = accessToken;
      try {
        sessionStorage.setItem(storageKey, accessToken);
      } catch {
        // Private modes may reject storage; the in-memory token still works until a reload.
      }
      notify();
    },
    signOut() {
      currentToken = null;
      try {
        sessionStorage.removeItem(storageKey);
      } catch {
        // Nothing was stored.
      }
      notify();
    },
    useToken: () => useSyncExternalStore(subscribe, getToken, getToken),
  };
}
