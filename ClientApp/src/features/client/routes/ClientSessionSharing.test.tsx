import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTokenSession } from '../../../lib/tokenSession';
import { createMemoryStorage, FakeBroadcastChannel, holdResponseTimeouts } from '../../../test/tabSimulation';
import { jsonResponse, mockApi } from '../../../test/fetchMock';
import type { ClientArea } from '../api/getClientArea';

const storageKey = 'conexa.client.accessToken';

const emptyArea: ClientArea = { customerName: 'Maria Souza', tenantName: 'Demo Coworking', contracts: [] };

/** Opens the client area as a new tab does: the session module runs again and starts without a token. */
async function openNewTab(path: string) {
  vi.resetModules();
  const { renderRoute } = await import('../../../test/renderRoute');
  return renderRoute(path);
}

describe('client session shared between tabs', () => {
  let responseTimeouts: ReturnType<typeof holdResponseTimeouts>;

  beforeEach(() => {
    responseTimeouts = holdResponseTimeouts();
    FakeBroadcastChannel.reset();
    vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
    sessionStorage.clear();
  });

  it('shows loading, then the contracts', async () => {
    const api = mockApi({ 'GET /api/client/contracts': jsonResponse(emptyArea) });
    const otherTab = createTokenSession(storageKey, { storage: createMemoryStorage() });
    otherTab.signIn('customer-token');
    await openNewTab('/client');

    expect(await screen.findByRole('status')).toHaveTextContent('Carregando…');
    expect(screen.queryByLabelText('E-mail')).not.toBeInTheDocument();

    act(() => FakeBroadcastChannel.deliverQueuedMessages());

    expect(await screen.findByText('Nenhum contrato encontrado.')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/client/contracts')[0].headers.get('Authorization')).toBe('Bearer customer-token');
  });

  it('shows the sign-in form when no tab responds', async () => {
    mockApi({});
    await openNewTab('/client');

    expect(await screen.findByRole('status')).toHaveTextContent('Carregando…');
    act(() => FakeBroadcastChannel.deliverQueuedMessages());
    expect(screen.getByRole('status')).toHaveTextContent('Carregando…');
    expect(responseTimeouts.heldCount()).toBe(1);
    responseTimeouts.expire();

    // The sign-in form may still be loading its module, behind the same loading text.
    expect(await screen.findByRole('heading', { name: 'Área do Cliente' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toBeInTheDocument();
  });

  it('ignores an admin token', async () => {
    mockApi({});
    const adminTab = createTokenSession('conexa.admin.accessToken', { storage: createMemoryStorage() });
    adminTab.signIn('admin-token');
    await openNewTab('/client');

    await screen.findByRole('status');
    act(() => FakeBroadcastChannel.deliverQueuedMessages());
    responseTimeouts.expire();

    expect(await screen.findByLabelText('E-mail', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(sessionStorage.getItem(storageKey)).toBeNull();
  });
});
