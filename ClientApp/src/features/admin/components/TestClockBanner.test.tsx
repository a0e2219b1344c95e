import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderRoute } from '../../../test/renderRoute';
import { signIn } from '../model/session';
import { makeReadiness, makeTenant } from '../test/adminFixtures';
import { makeContractsPerDay } from '../test/dashboard';

const homeRoutes = {
  'GET /api/tenant': jsonResponse(makeTenant()),
  'GET /api/tenant/readiness': jsonResponse(makeReadiness()),
  'GET /api/dashboard/contracts-per-day?days=30': jsonResponse(makeContractsPerDay()),
};

const frozen = { frozen: true, instant: '2027-01-31T15:00:00-03:00', localDate: '2027-01-31', timeZone: 'America/Sao_Paulo' };

describe('test clock banner', () => {
  beforeEach(() => signIn('token-abc'));

  it('shows the frozen clock and advances it a month', async () => {
    const api = mockApi({
      ...homeRoutes,
      'GET /api/sandbox/test-clock': jsonResponse(frozen),
      'POST /api/sandbox/test-clock/advance': jsonResponse({
        ...frozen,
        instant: '2027-02-28T15:00:00-03:00',
        localDate: '2027-02-28',
        daysRun: 28,
        chargesCreated: 1,
        chargesOverdue: 0,
      }),
    });
    const { user } = renderRoute('/admin');

    const banner = await screen.findByRole('region', { name: 'Relógio de teste' });
    expect(within(banner).getByText(/31\/01\/2027 15:00/)).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: '+1 mês' }));

    expect(await within(banner).findByText(/28\/02\/2027 15:00/)).toBeInTheDocument();
    expect(within(banner).getByRole('status')).toHaveTextContent('28 dias simulados: 1 cobrança criada');
    expect(api.requestsTo('POST', '/api/sandbox/test-clock/advance')[0].body).toEqual({ to: '2027-02-28T15:00:00-03:00' });
  });

  it('moves the settings date along with the banner', async () => {
    const api = mockApi({
      'GET /api/tenant': jsonResponse(makeTenant()),
      'GET /api/units': jsonResponse([]),
      'GET /api/tenant/storage': jsonResponse({ usedBytes: 0, pendingBytes: 0, quotaBytes: 104857600, unlimited: false }),
      'GET /api/integrations': jsonResponse({ items: [] }),
      'GET /api/sandbox/test-clock': jsonResponse(frozen),
      'POST /api/sandbox/test-clock/advance': jsonResponse({
        ...frozen,
        instant: '2027-02-28T15:00:00-03:00',
        localDate: '2027-02-28',
        daysRun: 28,
        chargesCreated: 1,
        chargesOverdue: 0,
      }),
    });
    const { user } = renderRoute('/admin/configuracoes');

    const field = await screen.findByLabelText('Data e hora (America/Sao_Paulo)');
    expect(field).toHaveValue('2027-01-31T15:00');
    const banner = screen.getByRole('region', { name: 'Relógio de teste' });
    await user.click(within(banner).getByRole('button', { name: '+1 mês' }));

    await within(banner).findByText(/28\/02\/2027 15:00/);
    expect(screen.getByLabelText('Data e hora (America/Sao_Paulo)')).toHaveValue('2027-02-28T15:00');
    expect(api.requestsTo('GET', '/api/sandbox/test-clock')).toHaveLength(2);
  });

  it('stays hidden while the real clock runs', async () => {
    mockApi({ ...homeRoutes, 'GET /api/sandbox/test-clock': jsonResponse({ ...frozen, frozen: false }) });
    renderRoute('/admin');

    await screen.findByRole('region', { name: 'Contratação online' });
    expect(screen.queryByRole('region', { name: 'Relógio de teste' })).not.toBeInTheDocument();
  });

  it('stays hidden without sandbox routes', async () => {
    mockApi({ ...homeRoutes, 'GET /api/sandbox/test-clock': problemResponse({ title: 'Not Found', status: 404 }, 404) });
    renderRoute('/admin');

    await screen.findByRole('region', { name: 'Contratação online' });
    expect(screen.queryByRole('region', { name: 'Relógio de teste' })).not.toBeInTheDocument();
  });
});
