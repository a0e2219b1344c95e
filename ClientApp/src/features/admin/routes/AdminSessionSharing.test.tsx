import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTokenSession } from '../../../lib/tokenSession';
import { createMemoryStorage, FakeBroadcastChannel, holdResponseTimeouts } from '../../../test/tabSimulation';
import { jsonResponse, mockApi } from '../../../test/fetchMock';
import { makeContractsPerDay } from '../test/dashboard';
import { makeReadiness, makeTenant } from '../test/adminFixtures';

const storageKey = 'conexa.admin.accessToken';

const homeRoutes = {
  'GET /api/tenant': jsonResponse(makeTenant()),
  'GET /api/tenant/readiness': jsonResponse(makeReadiness()),
  'GET /api/dashboard/contracts-per-day?days=30': jsonResponse(makeContractsPerDay()),
};

/** Opens the admin panel as a new tab does: the session module runs again and starts without a token. */
async function openNewTab(path: string) {
  vi.resetModules();
  const { renderRoute } = await import('../../../test/renderRoute');
  return renderRoute(path);
}

/** Signs in a simulated tab that has its own sessionStorage. */
function openSignedInTab(accessToken: string) {
  const tab = createTokenSession(storageKey, { storage: createMemoryStorage() });
  tab.signIn(accessToken);
  return tab;
}

describe('admin session shared between tabs', () => {
  let responseTimeouts: ReturnType<typeof holdResponseTimeouts>;

  beforeEach(() => {
    responseTimeouts = holdResponseTimeouts();
    FakeBroadcastChannel.reset();
    vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
    sessionStorage.clear();
  });

  it('shows loading, then the panel', async () => {
    const api = mockApi(homeRoutes);
    openSignedInTab('token-abc');
    await openNewTab('/admin');

    expect(await screen.findByRole('status')).toHaveTextContent('Carregando…');
    expect(screen.queryByLabelText('E-mail')).not.toBeInTheDocument();

    act(() => FakeBroadcastChannel.deliverQueuedMessages());

    expect(await screen.findByRole('heading', { name: 'Início' })).toBeInTheDocument();
    expect(responseTimeouts.heldCount()).toBe(0);
    expect(api.requestsTo('GET', '/api/tenant')[0].headers.get('Authorization')).toBe('Bearer token-abc');
    expect(sessionStorage.getItem(storageKey)).toBe('token-abc');
  });

  it('shows the sign-in form when no tab responds', async () => {
    mockApi({});
    await openNewTab('/admin');

    expect(await screen.findByRole('status')).toHaveTextContent('Carregando…');
    act(() => FakeBroadcastChannel.deliverQueuedMessages());
    expect(screen.getByRole('status')).toHaveTextContent('Carregando…');
    expect(responseTimeouts.heldCount()).toBe(1);
    responseTimeouts.expire();

    // The sign-in page may still be loading its module, behind the same loading text.
    expect(await screen.findByRole('heading', { name: 'Entrar no painel' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('signs out when another tab signs out', async () => {
    mockApi(homeRoutes);
    const otherTab = openSignedInTab('token-abc');
    await openNewTab('/admin');
    await screen.findByRole('status');
    act(() => FakeBroadcastChannel.deliverQueuedMessages());
    await screen.findByRole('heading', { name: 'Início' });

    otherTab.signOut();
    act(() => FakeBroadcastChannel.deliverQueuedMessages());

    expect(await screen.findByRole('heading', { name: 'Entrar no painel' })).toBeInTheDocument();
    expect(sessionStorage.getItem(storageKey)).toBeNull();
  });

  it('ignores a client-area token', async () => {
    mockApi({});
    const clientTab = createTokenSession('conexa.client.accessToken', { storage: createMemoryStorage() });
    clientTab.signIn('customer-token');
    await openNewTab('/admin');

    await screen.findByRole('status');
    act(() => FakeBroadcastChannel.deliverQueuedMessages());
    responseTimeouts.expire();

    expect(await screen.findByRole('heading', { name: 'Entrar no painel' }, { timeout: 5000 })).toBeInTheDocument();
    expect(sessionStorage.getItem(storageKey)).toBeNull();
  });

  it('shows the sign-in form at once without BroadcastChannel', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    mockApi({});
    await openNewTab('/admin');

    expect(await screen.findByRole('heading', { name: 'Entrar no painel' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
