import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../test/tabSimulation';
import { createTokenSession, type TokenSession, type TokenSessionOptions } from './tokenSession';

// These tests use the BroadcastChannel that Node provides, which jsdom leaves in place. Each simulated tab
// gets its own storage, because jsdom has one sessionStorage for the whole test file.
const openSessions: TokenSession[] = [];
let keyCounter = 0;
let storageKey = '';

function openTab(key = storageKey, options: TokenSessionOptions = {}): TokenSession {
  const session = createTokenSession(key, { storage: createMemoryStorage(), responseTimeoutMs: 100, ...options });
  openSessions.push(session);
  return session;
}

async function waitForResponse(session: TokenSession) {
  await vi.waitFor(() => expect(session.isWaitingForOtherTab()).toBe(false));
}

beforeEach(() => {
  keyCounter += 1;
  storageKey = `test.accessToken.${keyCounter}`;
});

afterEach(() => {
  for (const session of openSessions.splice(0)) {
    session.close();
  }
  sessionStorage.clear();
});

describe('token session across tabs', () => {
  it('new tab receives the open tab token', async () => {
    const firstTab = openTab();
    firstTab.signIn('token-abc');

    const secondTab = openTab();

    expect(secondTab.isWaitingForOtherTab()).toBe(true);
    expect(secondTab.getToken()).toBeNull();
    await vi.waitFor(() => expect(secondTab.getToken()).toBe('token-abc'));
    expect(secondTab.isWaitingForOtherTab()).toBe(false);
  });

  it('new tab stores the received token', async () => {
    const firstTab = openTab();
    firstTab.signIn('token-abc');
    const secondStorage = createMemoryStorage();

    const secondTab = openTab(storageKey, { storage: secondStorage });
    await vi.waitFor(() => expect(secondTab.getToken()).toBe('token-abc'));

    expect(secondStorage.getItem(storageKey)).toBe('token-abc');
  });

  it('re-renders when the token arrives', async () => {
    const firstTab = openTab();
    firstTab.signIn('token-abc');
    const secondTab = openTab();

    const { result } = renderHook(() => ({ token: secondTab.useToken(), waiting: secondTab.useWaitingForOtherTab() }));

    expect(result.current).toEqual({ token: null, waiting: true });
    await waitFor(() => expect(result.current).toEqual({ token: 'token-abc', waiting: false }));
  });

  it('lone tab stops waiting without a token', async () => {
    const tab = openTab();

    expect(tab.isWaitingForOtherTab()).toBe(true);
    await waitForResponse(tab);
    expect(tab.getToken()).toBeNull();
  });

  it('tab with a stored token does not wait', () => {
    const storage = createMemoryStorage();
    storage.setItem(storageKey, 'token-abc');

    const tab = openTab(storageKey, { storage });

    expect(tab.isWaitingForOtherTab()).toBe(false);
    expect(tab.getToken()).toBe('token-abc');
  });

  it('sign-out signs out every tab', async () => {
    const firstTab = openTab();
    firstTab.signIn('token-abc');
    const secondStorage = createMemoryStorage();
    const secondTab = openTab(storageKey, { storage: secondStorage });
    await vi.waitFor(() => expect(secondTab.getToken()).toBe('token-abc'));

    secondTab.signOut();

    expect(secondTab.getToken()).toBeNull();
    await vi.waitFor(() => expect(firstTab.getToken()).toBeNull());
    expect(secondStorage.getItem(storageKey)).toBeNull();
  });

  it('sign-out reaches a tab that signed in alone', async () => {
    const firstTab = openTab();
    await waitForResponse(firstTab);
    const secondTab = openTab();
    await waitForResponse(secondTab);
    firstTab.signIn('token-first');
    secondTab.signIn('token-second');

    firstTab.signOut();

    await vi.waitFor(() => expect(secondTab.getToken()).toBeNull());
  });

  it('sign-in does not reach signed-out tabs', async () => {
    const firstTab = openTab();
    const secondTab = openTab();
    await waitForResponse(firstTab);
    await waitForResponse(secondTab);

    firstTab.signIn('token-abc');
    // A third tab's request and the response travel on the same channel, so once it has the token, any push would have arrived.
    const thirdTab = openTab();
    await vi.waitFor(() => expect(thirdTab.getToken()).toBe('token-abc'));

    expect(secondTab.getToken()).toBeNull();
  });

  it('different keys do not share', async () => {
    const adminTab = openTab(`${storageKey}.admin`);
    adminTab.signIn('admin-token');

    const clientTab = openTab(`${storageKey}.client`);
    await waitForResponse(clientTab);

    expect(clientTab.getToken()).toBeNull();
    clientTab.signIn('client-token');
    clientTab.signOut();
    const laterAdminTab = openTab(`${storageKey}.admin`);
    await vi.waitFor(() => expect(laterAdminTab.getToken()).toBe('admin-token'));
    expect(adminTab.getToken()).toBe('admin-token');
  });

  it('ignores responses to other requests', async () => {
    const tab = openTab();
    const otherScript = new BroadcastChannel(storageKey);

    otherScript.postMessage({ type: 'tokenResponse', requestId: 'not-this-tab', accessToken: 'forged-token' });
    otherScript.postMessage({ type: 'tokenResponse', accessToken: 'forged-token' });
    await waitForResponse(tab);
    otherScript.close();

    expect(tab.getToken()).toBeNull();
  });

  it('close ends the wait', () => {
    const tab = openTab();

    tab.close();

    expect(tab.isWaitingForOtherTab()).toBe(false);
  });

  it('keeps the token out of localStorage', async () => {
    const firstTab = createTokenSession(storageKey, { responseTimeoutMs: 100 });
    openSessions.push(firstTab);
    firstTab.signIn('token-abc');
    sessionStorage.clear();
    const secondTab = createTokenSession(storageKey, { responseTimeoutMs: 100 });
    openSessions.push(secondTab);

    await vi.waitFor(() => expect(secondTab.getToken()).toBe('token-abc'));
    expect(sessionStorage.getItem(storageKey)).toBe('token-abc');
    expect(localStorage.length).toBe(0);
  });
});

describe('token session without BroadcastChannel', () => {
  beforeEach(() => {
    vi.stubGlobal('BroadcastChannel', undefined);
  });

  it('new tab starts signed out without waiting', () => {
    const firstTab = openTab();
    firstTab.signIn('token-abc');

    const secondTab = openTab();

    expect(secondTab.isWaitingForOtherTab()).toBe(false);
    expect(secondTab.getToken()).toBeNull();
  });

  it('sign-out stays in its tab', () => {
    const firstTab = openTab();
    const secondTab = openTab();
    firstTab.signIn('token-first');
    secondTab.signIn('token-second');

    firstTab.signOut();

    expect(firstTab.getToken()).toBeNull();
    expect(secondTab.getToken()).toBe('token-second');
  });

  it('keeps the token in sessionStorage', () => {
    const firstTab = createTokenSession(storageKey);
    openSessions.push(firstTab);
    firstTab.signIn('token-abc');

    const reloadedTab = createTokenSession(storageKey);
    openSessions.push(reloadedTab);

    expect(sessionStorage.getItem(storageKey)).toBe('token-abc');
    expect(reloadedTab.getToken()).toBe('token-abc');
  });
});
