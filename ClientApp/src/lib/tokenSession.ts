import { useSyncExternalStore } from 'react';
import { createUuid } from './idempotency';

/**
 * A bearer token kept in memory and in the tab's sessionStorage, so it never reaches localStorage and
 * ends when the last tab closes. Tabs of the same origin share it over a BroadcastChannel named after
 * the storage key. A tab that starts without a token requests one, and a signed-in tab sends it.
 * Signing out in one tab signs out the others. Without BroadcastChannel, each tab keeps its own token.
 */
export interface TokenSession {
  getToken: () => string | null;
  /**
   * Returns whether the session started without a token and still waits for another tab's response, which
   * takes at most `responseTimeoutMs`. Guards show a loading text meanwhile, not the sign-in form.
   */
  isWaitingForOtherTab: () => boolean;
  /** Stores the token of a successful sign-in. Without sessionStorage, the token lives in memory only. */
  signIn: (accessToken: string) => void;
  /** Forgets the token in this tab and in the other tabs that share the storage key. */
  signOut: () => void;
  /** Returns the current token and re-renders when it changes. */
  useToken: () => string | null;
  /** Returns `isWaitingForOtherTab()` and re-renders when it changes. */
  useWaitingForOtherTab: () => boolean;
  /** Closes the channel and ends the wait, so this session no longer sends or receives messages. */
  close: () => void;
}

/** The part of the Storage interface that a session uses, so tests can give each simulated tab its own. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The part of the BroadcastChannel interface that a session uses. */
export interface TokenChannel {
  postMessage: (message: unknown) => void;
  onmessage: ((event: MessageEvent) => void) | null;
  close: () => void;
}

export interface TokenSessionOptions {
  /** Storage of the token. Defaults to window.sessionStorage, and null keeps the token in memory only. */
  storage?: TokenStorage | null;
  /** Opens the channel named after the storage key. Defaults to BroadcastChannel, and null disables sharing. */
  openChannel?: ((name: string) => TokenChannel) | null;
  /** Maximum wait for another tab's response, in milliseconds. */
  responseTimeoutMs?: number;
}

/**
 * Default wait for another tab's response, in milliseconds. An open tab responds within a few milliseconds
 * (an estimate, not measured), and a longer wait would delay the sign-in form of the first tab.
 */
export const defaultResponseTimeoutMs = 300;

type TokenMessage =
  | { type: 'tokenRequest'; requestId: string }
  | { type: 'tokenResponse'; requestId: string; accessToken: string }
  | { type: 'signedOut' };

export function createTokenSession(storageKey: string, options: TokenSessionOptions = {}): TokenSession {
  const storage = options.storage === undefined ? openSessionStorage() : options.storage;
  const channel = openChannel(storageKey, options.openChannel === undefined ? openBroadcastChannel : options.openChannel);
  const listeners = new Set<() => void>();
  let currentToken = readToken(storage, storageKey);
  // The id of this tab's token request while no response arrived. A late response still signs in, unless the tab signed in or out meanwhile.
  let pendingRequestId: string | null = null;
  let waitTimer: ReturnType<typeof setTimeout> | null = null;

  function notify() {
    for (const listener of listeners) {
      listener();
    }
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function endWait() {
    pendingRequestId = null;
    if (waitTimer !== null) {
      clearTimeout(waitTimer);
      waitTimer = null;
    }
  }

  function storeToken(accessToken: string) {
    currentToken = accessToken;
    try {
      storage?.setItem(storageKey, accessToken);
    } catch {
      // Private modes may reject storage; the in-memory token still works until a reload.
    }
  }

  function forgetToken() {
    currentToken = null;
    try {
      storage?.removeItem(storageKey);
    } catch {
      // Nothing was stored.
    }
  }

  function send(message: TokenMessage) {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel rejects messages, so this tab acts alone, as without BroadcastChannel.
    }
  }

  function receive(message: TokenMessage) {
    switch (message.type) {
      case 'tokenRequest':
        if (currentToken !== null) {
          send({ type: 'tokenResponse', requestId: message.requestId, accessToken: currentToken });
        }
        return;
      case 'tokenResponse':
        if (currentToken === null && message.requestId === pendingRequestId) {
          endWait();
          storeToken(message.accessToken);
          notify();
        }
        return;
      case 'signedOut':
        if (currentToken !== null || pendingRequestId !== null) {
          endWait();
          forgetToken();
          notify();
        }
        return;
    }
  }

  const getToken = () => currentToken;
  const isWaitingForOtherTab = () => waitTimer !== null;

  if (channel) {
    channel.onmessage = (event) => {
      const message = parseMessage(event.data);
      if (message) {
        receive(message);
      }
    };
    if (currentToken === null) {
      pendingRequestId = createUuid();
      waitTimer = setTimeout(() => {
        // The request stays pending, so a response that arrives after the wait still signs in.
        waitTimer = null;
        notify();
      }, options.responseTimeoutMs ?? defaultResponseTimeoutMs);
      send({ type: 'tokenRequest', requestId: pendingRequestId });
    }
  }

  return {
    getToken,
    isWaitingForOtherTab,
    signIn(accessToken) {
      endWait();
      storeToken(accessToken);
      notify();
    },
    signOut() {
      endWait();
      forgetToken();
      send({ type: 'signedOut' });
      notify();
    },
    useToken: () => useSyncExternalStore(subscribe, getToken, getToken),
    useWaitingForOtherTab: () => useSyncExternalStore(subscribe, isWaitingForOtherTab, isWaitingForOtherTab),
    close() {
      const wasWaiting = isWaitingForOtherTab();
      endWait();
      if (channel) {
        channel.onmessage = null;
        channel.close();
      }
      if (wasWaiting) {
        notify();
      }
    },
  };
}

function openSessionStorage(): TokenStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Reading window.sessionStorage throws where the browser blocks storage.
    return null;
  }
}

function readToken(storage: TokenStorage | null, storageKey: string): string | null {
  try {
    return storage?.getItem(storageKey) ?? null;
  } catch {
    // Storage is blocked, so the session starts signed out.
    return null;
  }
}

function openBroadcastChannel(name: string): TokenChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
}

function openChannel(name: string, open: ((name: string) => TokenChannel | null) | null): TokenChannel | null {
  if (!open) {
    return null;
  }
  try {
    return open(name);
  } catch {
    // Some sandboxed documents reject BroadcastChannel, so the session works as a single tab.
    return null;
  }
}

/** Returns the message when `data` has a known shape, or null, because any script of the origin may post on the channel. */
function parseMessage(data: unknown): TokenMessage | null {
  if (typeof data !== 'object' || data === null) {
    return null;
  }
  const message = data as Record<string, unknown>;
  if (message.type === 'signedOut') {
    return { type: 'signedOut' };
  }
  if (typeof message.requestId !== 'string') {
    return null;
  }
  if (message.type === 'tokenRequest') {
    return { type: 'tokenRequest', requestId: message.requestId };
  }
  if (message.type === 'tokenResponse' && typeof message.accessToken === 'string' && message.accessToken !== '') {
    return { type: 'tokenResponse', requestId: message.requestId, accessToken: message.accessToken };
  }
  return null;
}
